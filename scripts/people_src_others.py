# ruff: noqa: E501  (a data table: one holder per line)
"""Heads of state and government (and a few ministers) of other countries since 2000, global
jihadist leaders, US national security advisers and envoys, religious leaders; see
people_build.py."""

TABLE = r"""
@ - armed_group_leader INS org=Q34490
1988-08-11 | Osama bin Laden | أسامة بن لادن | بن لادن | c=SAU Q1317 end=2011-05-02
2011-06-16 | Ayman al-Zawahiri | أيمن الظواهري | الظواهري | c=EGY end=2022-07-31

@ AFG head_of_state GOV
1992-06-28 | Burhanuddin Rabbani | برهان الدين رباني | رباني
2001-12-22 | Hamid Karzai | حامد كرزاي | كرزاي
2014-09-29 | Ashraf Ghani | أشرف غني | غني
2021-08-15 | Hibatullah Akhundzada | هبة الله آخند زاده, هبة الله أخوند زاده | آخند زاده | de-facto # Supreme Leader of the Taliban's Islamic Emirate

@ AFG head_of_government GOV
2021-09-07 | Mohammad Hasan Akhund | محمد حسن آخند | | de-facto

@ AFG foreign_minister GOV
2001-12-22 | Abdullah Abdullah | عبد الله عبد الله |
2006-04 | Rangin Dadfar Spanta | رانجين دادفر سبانتا |
2010-01 | Zalmai Rassoul | زلماي رسول |
2013-10 | -
2015-01 | Salahuddin Rabbani | صلاح الدين رباني |
2019-01 | -
2020-04 | Mohammad Haneef Atmar | محمد حنيف أتمر | أتمر
2021-08-15 | -
2021-09-07 | Amir Khan Muttaqi | أمير خان متقي | متقي | de-facto

@ AFG armed_group_leader INS org=Q42418
1994 | Mohammed Omar | الملا محمد عمر, الملا عمر | | end=2013-04-23
2015-07-29 | Akhtar Mansour | أختر منصور, الملا أختر منصور | | end=2016-05-21
2016-05-25 | Hibatullah Akhundzada

@ AFG spokesperson INS org=Q42418
2007 | Zabihullah Mujahid | ذبيح الله مجاهد | ذبيح الله

@ PAK head_of_state GOV
1998-01-01 | Muhammad Rafiq Tarar | محمد رفيق تارار |
2001-06-20 | Pervez Musharraf | برويز مشرف | مشرف
2008-08-18 | Muhammad Mian Soomro | محمد ميان سومرو | | acting
2008-09-09 | Asif Ali Zardari | آصف علي زرداري | زرداري
2013-09-09 | Mamnoon Hussain | ممنون حسين |
2018-09-09 | Arif Alvi | عارف علوي |
2024-03-10 | Asif Ali Zardari

@ PAK head_of_government GOV
1999-10-12 | Pervez Musharraf | | | # Chief Executive
2002-11-23 | Zafarullah Khan Jamali | ظفر الله خان جمالي |
2004-06-30 | Chaudhry Shujaat Hussain | شجاعت حسين |
2004-08-28 | Shaukat Aziz | شوكت عزيز |
2007-11-16 | Muhammad Mian Soomro | | | # caretaker
2008-03-25 | Yousaf Raza Gilani | يوسف رضا جيلاني | جيلاني
2012-06-22 | Raja Pervaiz Ashraf | راجا برويز أشرف |
2013-03-25 | Mir Hazar Khan Khoso | مير هزار خان خوسو | | # caretaker
2013-06-05 | Nawaz Sharif | نواز شريف | شريف
2017-08-01 | Shahid Khaqan Abbasi | شاهد خاقان عباسي |
2018-06-01 | Nasirul Mulk | ناصر الملك | | # caretaker
2018-08-18 | Imran Khan | عمران خان |
2022-04-11 | Shehbaz Sharif | شهباز شريف |
2023-08-14 | Anwaar-ul-Haq Kakar | أنوار الحق كاكار | | # caretaker
2024-03-04 | Shehbaz Sharif

@ PAK foreign_minister GOV
1999-10 | Abdul Sattar | عبد الستار |
2002-11-23 | Khurshid Mahmud Kasuri | خورشيد محمود قصوري |
2008-03-31 | Shah Mehmood Qureshi | شاه محمود قريشي | قريشي
2011-02-11 | -
2011-07-20 | Hina Rabbani Khar | حنا رباني خار | | f
2013-03-16 | -
2017-08-04 | Khawaja Asif | خواجة آصف |
2018-04-26 | -
2018-08-20 | Shah Mehmood Qureshi
2022-04-10 | -
2022-04-27 | Bilawal Bhutto Zardari | بلاول بوتو زرداري | بلاول
2023-08-10 | -
2023-08-17 | Jalil Abbas Jilani | جليل عباس جيلاني |
2024-03-11 | Ishaq Dar | إسحاق دار |

@ PAK army_chief MIL
1998-10-07 | Pervez Musharraf
2007-11-28 | Ashfaq Parvez Kayani | أشفق برويز كياني | كياني
2013-11-29 | Raheel Sharif | راحيل شريف |
2016-11-29 | Qamar Javed Bajwa | قمر جاويد باجوا | باجوا
2022-11-29 | Asim Munir | عاصم منير |

@ IND head_of_state GOV
1997-07-25 | K. R. Narayanan | كوتشيريل رامان نارايانان |
2002-07-25 | A. P. J. Abdul Kalam | عبد الكلام, أبو بكر زين العابدين عبد الكلام |
2007-07-25 | Pratibha Patil | براتيبها باتيل | | f
2012-07-25 | Pranab Mukherjee | براناب موخرجي |
2017-07-25 | Ram Nath Kovind | رام نات كوفيند |
2022-07-25 | Droupadi Murmu | دروبادي مورمو | | f

@ IND head_of_government GOV
1998-03-19 | Atal Bihari Vajpayee | أتال بيهاري فاجبايي | فاجبايي
2004-05-22 | Manmohan Singh | مانموهان سينغ |
2014-05-26 | Narendra Modi | ناريندرا مودي | مودي | Q1058

@ IND foreign_minister GOV
1998-12-05 | Jaswant Singh | جاسوانت سينغ |
2002-07-01 | Yashwant Sinha | ياشوانت سينها |
2004-05-22 | Natwar Singh | ناتوار سينغ |
2005-11-06 | Manmohan Singh | | | acting
2006-10-24 | Pranab Mukherjee
2009-05-22 | S. M. Krishna | إس إم كريشنا |
2012-10-28 | Salman Khurshid | سلمان خورشيد |
2014-05-26 | Sushma Swaraj | سوشما سواراج | | f
2019-05-30 | Subrahmanyam Jaishankar | سوبراهمانيام جايشانكار, جايشانكار | جايشانكار

@ IND defence_minister GOV
2004-05-22 | Pranab Mukherjee
2006-10-24 | A. K. Antony | إيه كيه أنتوني |
2014-05-26 | Arun Jaitley | أرون جايتلي |
2014-11-09 | Manohar Parrikar | مانوهار باريكار |
2017-03-13 | Arun Jaitley
2017-09-03 | Nirmala Sitharaman | نيرمالا سيتارامان | | f
2019-05-30 | Rajnath Singh | راجناث سينغ |

@ JPN head_of_state GOV # Emperor
1989-01-07 | Akihito | أكيهيتو, الإمبراطور أكيهيتو |
2019-05-01 | Naruhito | ناروهيتو, الإمبراطور ناروهيتو |

@ JPN head_of_government GOV
1998-07-30 | Keizo Obuchi | كيزو أوبوتشي |
2000-04-05 | Yoshiro Mori | يوشيرو موري |
2001-04-26 | Junichiro Koizumi | جونيتشيرو كويزومي | كويزومي
2006-09-26 | Shinzo Abe | شينزو آبي | آبي | Q132345
2007-09-26 | Yasuo Fukuda | ياسو فوكودا |
2008-09-24 | Taro Aso | تارو آسو |
2009-09-16 | Yukio Hatoyama | يوكيو هاتوياما |
2010-06-08 | Naoto Kan | ناوتو كان |
2011-09-02 | Yoshihiko Noda | يوشيهيكو نودا |
2012-12-26 | Shinzo Abe
2020-09-16 | Yoshihide Suga | يوشيهيدي سوغا |
2021-10-04 | Fumio Kishida | فوميو كيشيدا | كيشيدا
2024-10-01 | Shigeru Ishiba | شيغيرو إيشيبا | إيشيبا
2025-10-21 | Sanae Takaichi | ساناي تاكايتشي | تاكايتشي | f

@ JPN foreign_minister GOV
1999-10-05 | Yohei Kono | يوهي كونو |
2001-04-26 | Makiko Tanaka | ماكيكو تاناكا | | f
2002-02-01 | Yoriko Kawaguchi | يوريكو كاواغوتشي | | f
2004-09-27 | Nobutaka Machimura | نوبوتاكا ماتشيمورا |
2005-10-31 | Taro Aso
2007-08-27 | Nobutaka Machimura
2007-09-26 | Masahiko Komura | ماساهيكو كومورا |
2008-09-24 | Hirofumi Nakasone | هيروفومي ناكاسوني |
2009-09-16 | Katsuya Okada | كاتسويا أوكادا |
2010-09-17 | Seiji Maehara | سيجي ماهارا |
2011-03-09 | Takeaki Matsumoto | تاكياكي ماتسوموتو |
2011-09-02 | Koichiro Genba | كويتشيرو غيمبا |
2012-12-26 | Fumio Kishida
2017-08-03 | Taro Kono | تارو كونو |
2019-09-11 | Toshimitsu Motegi | توشيميتسو موتيغي |
2021-11-10 | Yoshimasa Hayashi | يوشيماسا هاياشي |
2023-09-13 | Yoko Kamikawa | يوكو كاميكاوا | | f
2024-10-01 | Takeshi Iwaya | تاكيشي إيوايا |
2025-10-21 | Toshimitsu Motegi | | | approx

@ ITA head_of_state GOV
1999-05-18 | Carlo Azeglio Ciampi | كارلو أزيليو تشامبي |
2006-05-15 | Giorgio Napolitano | جورجو نابوليتانو |
2015-01-14 | Pietro Grasso | بيترو غراسو | | acting
2015-02-03 | Sergio Mattarella | سيرجو ماتاريلا | ماتاريلا

@ ITA head_of_government GOV
1998-10-21 | Massimo D'Alema | ماسيمو داليما |
2000-04-26 | Giuliano Amato | جوليانو أماتو |
2001-06-11 | Silvio Berlusconi | سيلفيو برلسكوني | برلسكوني | Q11860
2006-05-17 | Romano Prodi
2008-05-08 | Silvio Berlusconi
2011-11-16 | Mario Monti | ماريو مونتي |
2013-04-28 | Enrico Letta | إنريكو ليتا |
2014-02-22 | Matteo Renzi | ماتيو رينزي | رينزي
2016-12-12 | Paolo Gentiloni | باولو جينتيلوني |
2018-06-01 | Giuseppe Conte | جوزيبي كونتي | كونتي
2021-02-13 | Mario Draghi
2022-10-22 | Giorgia Meloni | جورجيا ميلوني | ميلوني | f

@ ITA foreign_minister GOV
1996-05-18 | Lamberto Dini | لامبرتو ديني |
2001-06-11 | Renato Ruggiero | ريناتو روجيرو |
2002-01-06 | Silvio Berlusconi | | | acting
2002-11-14 | Franco Frattini | فرانكو فراتيني |
2004-11-18 | Gianfranco Fini | جانفرانكو فيني |
2006-05-17 | Massimo D'Alema
2008-05-08 | Franco Frattini
2011-11-16 | Giulio Terzi | جوليو تيرسي |
2013-03-26 | Mario Monti | | | acting
2013-04-28 | Emma Bonino | إيما بونينو | | f
2014-02-22 | Federica Mogherini
2014-10-31 | Paolo Gentiloni
2016-12-12 | Angelino Alfano | أنجلينو ألفانو |
2018-06-01 | Enzo Moavero Milanesi | إنزو موافيرو ميلانيزي |
2019-09-05 | Luigi Di Maio | لويجي دي مايو |
2022-10-22 | Antonio Tajani | أنطونيو تاياني | تاياني

@ ESP head_of_state GOV # King
1975-11-22 | Juan Carlos I | خوان كارلوس الأول, الملك خوان كارلوس |
2014-06-19 | Felipe VI | فيليبي السادس, الملك فيليبي السادس |

@ ESP head_of_government GOV
1996-05-05 | Jose Maria Aznar | خوسيه ماريا أثنار | أثنار
2004-04-17 | Jose Luis Rodriguez Zapatero | خوسيه لويس رودريغيث ثاباتيرو | ثاباتيرو
2011-12-21 | Mariano Rajoy | ماريانو راخوي | راخوي
2018-06-02 | Pedro Sanchez | بيدرو سانشيز | سانشيز

@ ESP foreign_minister GOV
2000-04-28 | Josep Pique | جوسيب بيكيه |
2002-07-10 | Ana Palacio | آنا بالاسيو | | f
2004-04-18 | Miguel Angel Moratinos | ميغيل أنخيل موراتينوس | موراتينوس
2010-10-21 | Trinidad Jimenez | ترينيداد خيمينيث | | f
2011-12-22 | Jose Manuel Garcia-Margallo | خوسيه مانويل غارسيا مارغايو |
2016-11-04 | Alfonso Dastis | ألفونسو داستيس |
2018-06-07 | Josep Borrell
2019-11-30 | Margarita Robles | مارغريتا روبليس | | f acting
2020-01-13 | Arancha Gonzalez Laya | أرانتشا غونزاليس لايا | | f
2021-07-12 | Jose Manuel Albares | خوسيه مانويل ألباريس | ألباريس

@ UKR head_of_state GOV
1994-07-19 | Leonid Kuchma | ليونيد كوتشما |
2005-01-23 | Viktor Yushchenko | فيكتور يوشينكو | يوشينكو
2010-02-25 | Viktor Yanukovych | فيكتور يانوكوفيتش | يانوكوفيتش
2014-02-23 | Oleksandr Turchynov | ألكسندر تورتشينوف | | acting
2014-06-07 | Petro Poroshenko | بيترو بوروشينكو | بوروشينكو
2019-05-20 | Volodymyr Zelenskyy | فولوديمير زيلينسكي, فلاديمير زيلينسكي | زيلينسكي

@ UKR head_of_government GOV
1999-12-22 | Viktor Yushchenko
2001-05-29 | Anatoliy Kinakh | أناتولي كيناخ |
2002-11-21 | Viktor Yanukovych | | | end=2005-01-05
2005-01-24 | Yulia Tymoshenko | يوليا تيموشينكو | تيموشينكو | f
2005-09-08 | Yuriy Yekhanurov | يوري يخانوروف |
2006-08-04 | Viktor Yanukovych
2007-12-18 | Yulia Tymoshenko
2010-03-11 | Mykola Azarov | ميكولا أزاروف | | end=2014-01-28
2014-02-27 | Arseniy Yatsenyuk | أرسيني ياتسينيوك | ياتسينيوك
2016-04-14 | Volodymyr Groysman | فولوديمير غرويسمان |
2019-08-29 | Oleksiy Honcharuk | أوليكسي هونتشاروك |
2020-03-04 | Denys Shmyhal | دينيس شميهال | شميهال
2025-07-17 | Yulia Svyrydenko | يوليا سفيريدينكو | | f

@ UKR foreign_minister GOV
2000-10-02 | Anatoliy Zlenko | أناتولي زلينكو |
2003-09-02 | Kostyantyn Gryshchenko | كوستيانتين غريشينكو |
2005-02-04 | Borys Tarasyuk | بوريس تاراسيوك | | end=2007-01-30
2007-03-21 | Arseniy Yatsenyuk | | | end=2007-12-04
2007-12-18 | Volodymyr Ohryzko | فولوديمير أوغريزكو | | end=2009-03-03
2009-10-09 | Petro Poroshenko
2010-03-11 | Kostyantyn Gryshchenko
2012-12-24 | Leonid Kozhara | ليونيد كوجارا |
2014-02-27 | Andrii Deshchytsia | أندريه ديشيتسا | | acting
2014-06-19 | Pavlo Klimkin | بافلو كليمكين | كليمكين
2019-08-29 | Vadym Prystaiko | فاديم بريستايكو |
2020-03-04 | Dmytro Kuleba | دميترو كوليبا | كوليبا
2024-09-05 | Andrii Sybiha | أندريه سيبيها | سيبيها

@ UKR defence_minister GOV
2014-10-14 | Stepan Poltorak | ستيبان بولتوراك |
2019-08-29 | Andriy Zagorodnyuk | أندريه زاغورودنيوك |
2020-03-04 | Andriy Taran | أندريه تاران |
2021-11-04 | Oleksii Reznikov | أوليكسي ريزنيكوف | ريزنيكوف
2023-09-06 | Rustem Umerov | رستم عمروف | عمروف
2025-07-17 | Denys Shmyhal

@ UKR army_chief MIL # Commander-in-Chief of the Armed Forces
2021-07-27 | Valerii Zaluzhnyi | فاليري زالوجني | زالوجني
2024-02-08 | Oleksandr Syrskyi | ألكسندر سيرسكي | سيرسكي

@ CAN head_of_government GOV
1993-11-04 | Jean Chretien | جان كريتيان |
2003-12-12 | Paul Martin | بول مارتن |
2006-02-06 | Stephen Harper | ستيفن هاربر | هاربر
2015-11-04 | Justin Trudeau | جاستن ترودو | ترودو | Q3099714
2025-03-14 | Mark Carney | مارك كارني | كارني

@ CAN foreign_minister GOV
2015-11-04 | Stephane Dion | ستيفان ديون |
2017-01-10 | Chrystia Freeland | كريستيا فريلاند | | f
2019-11-20 | Francois-Philippe Champagne | فرانسوا فيليب شامبين |
2021-01-12 | Marc Garneau | مارك غارنو |
2021-10-26 | Melanie Joly | ميلاني جولي | | f
2025-05-13 | Anita Anand | أنيتا أناند | | f

@ AUS head_of_government GOV
1996-03-11 | John Howard | جون هوارد |
2007-12-03 | Kevin Rudd | كيفن راد |
2010-06-24 | Julia Gillard | جوليا غيلارد | | f
2013-06-27 | Kevin Rudd
2013-09-18 | Tony Abbott | توني أبوت |
2015-09-15 | Malcolm Turnbull | مالكوم تيرنبول |
2018-08-24 | Scott Morrison | سكوت موريسون |
2022-05-23 | Anthony Albanese | أنتوني ألبانيزي | ألبانيزي

@ BRA head_of_state GOV
1995-01-01 | Fernando Henrique Cardoso | فرناندو إنريكي كاردوسو |
2003-01-01 | Luiz Inacio Lula da Silva | لويس إيناسيو لولا دا سيلفا, لولا دا سيلفا | لولا | Q37181
2011-01-01 | Dilma Rousseff | ديلما روسيف | روسيف | f
2016-08-31 | Michel Temer | ميشال تامر | تامر
2019-01-01 | Jair Bolsonaro | جايير بولسونارو | بولسونارو
2023-01-01 | Luiz Inacio Lula da Silva

@ KOR head_of_state GOV
1998-02-25 | Kim Dae-jung | كيم داي جونغ |
2003-02-25 | Roh Moo-hyun | روه مو هيون |
2008-02-25 | Lee Myung-bak | لي ميونغ باك |
2013-02-25 | Park Geun-hye | بارك غون هي | | f
2017-03-10 | Hwang Kyo-ahn | هوانغ كيو آن | | acting
2017-05-10 | Moon Jae-in | مون جاي إن |
2022-05-10 | Yoon Suk Yeol | يون سوك يول | | end=2025-04-04
2025-06-04 | Lee Jae-myung | لي جاي ميونغ |

@ PRK head_of_state GOV # supreme leader
1994-07-08 | Kim Jong-il | كيم جونغ إيل |
2011-12-17 | Kim Jong-un | كيم جونغ أون | | Q56226

@ ETH head_of_government GOV
1995-08-23 | Meles Zenawi | ملس زيناوي |
2012-08-20 | Hailemariam Desalegn | هايلي مريام ديسالين |
2018-04-02 | Abiy Ahmed | آبي أحمد |

@ ETH head_of_state GOV
1995-08-22 | Negasso Gidada | نيغاسو غيدادا |
2001-10-08 | Girma Wolde-Giorgis | غيرما ولد جيورجيس |
2013-10-07 | Mulatu Teshome | مولاتو تيشومي |
2018-10-25 | Sahle-Work Zewde | سهلي ورق زودي | | f
2024-10-07 | Taye Atske Selassie | تاي أتسكي سيلاسي |

@ ERI head_of_state GOV
1993-05-24 | Isaias Afwerki | أسياس أفورقي | أفورقي

@ SSD head_of_state GOV
2011-07-09 | Salva Kiir Mayardit

@ SSD vice_president GOV
2011-07-09 | Riek Machar | رياك مشار | مشار | end=2013-07-23
2016-04-26 | Riek Machar | | | end=2016-07-25
2020-02-22 | Riek Machar | | | # first vice president

@ TCD head_of_state GOV
1990-12-02 | Idriss Deby | إدريس ديبي |
2021-04-20 | Mahamat Deby | محمد إدريس ديبي, محمد ديبي |

@ NGA head_of_state GOV
1999-05-29 | Olusegun Obasanjo | أولوسيغون أوباسانجو |
2007-05-29 | Umaru Musa Yar'Adua | عمر موسى يارادوا | | end=2010-05-05
2010-05-06 | Goodluck Jonathan | غودلاك جوناثان |
2015-05-29 | Muhammadu Buhari | محمد بخاري |
2023-05-29 | Bola Tinubu | بولا تينوبو |

@ ZAF head_of_state GOV
1999-06-14 | Thabo Mbeki | ثابو مبيكي |
2008-09-25 | Kgalema Motlanthe | كغاليما موتلانثي |
2009-05-09 | Jacob Zuma | جاكوب زوما |
2018-02-15 | Cyril Ramaphosa | سيريل رامافوزا | رامافوزا

@ KEN head_of_state GOV
1978-10-14 | Daniel arap Moi | دانيال أراب موي |
2002-12-30 | Mwai Kibaki | مواي كيباكي |
2013-04-09 | Uhuru Kenyatta | أوهورو كينياتا |
2022-09-13 | William Ruto | ويليام روتو |

@ CYP head_of_state GOV
1993-02-28 | Glafcos Clerides | غلافكوس كليريدس |
2003-02-28 | Tassos Papadopoulos | تاسوس بابادوبولوس |
2008-02-28 | Demetris Christofias | ديميتريس خريستوفياس |
2013-02-28 | Nicos Anastasiades | نيكوس أناستاسيادس |
2023-02-28 | Nikos Christodoulides | نيكوس خريستودوليدس |

@ GRC head_of_government GOV
1996-01-22 | Costas Simitis | كوستاس سيميتيس |
2004-03-10 | Kostas Karamanlis | كوستاس كرامنليس |
2009-10-06 | George Papandreou | جورج باباندريو |
2011-11-11 | Lucas Papademos | لوكاس باباديموس |
2012-05-17 | Panagiotis Pikrammenos | باناجيوتيس بيكرامينوس | | # caretaker
2012-06-20 | Antonis Samaras | أنطونيس ساماراس |
2015-01-26 | Alexis Tsipras | أليكسيس تسيبراس | تسيبراس
2015-08-27 | Vassiliki Thanou | فاسيليكي ثانو | | f # caretaker
2015-09-21 | Alexis Tsipras
2019-07-08 | Kyriakos Mitsotakis | كيرياكوس ميتسوتاكيس | ميتسوتاكيس

@ POL head_of_state GOV
1995-12-23 | Aleksander Kwasniewski | ألكسندر كفاشنيفسكي |
2005-12-23 | Lech Kaczynski | ليخ كاتشينسكي | | end=2010-04-10
2010-04-10 | Bronislaw Komorowski | برونيسلاف كوموروفسكي | | # acting until 2010-08-06
2015-08-06 | Andrzej Duda | أندجي دودا |
2025-08-06 | Karol Nawrocki | كارول نافروتسكي |

@ POL head_of_government GOV
1997-10-31 | Jerzy Buzek | يجي بوزيك |
2001-10-19 | Leszek Miller | ليشيك ميلر |
2004-05-02 | Marek Belka | ماريك بيلكا |
2005-10-31 | Kazimierz Marcinkiewicz | كازيميرز مارتسينكيفيتش |
2006-07-14 | Jaroslaw Kaczynski | ياروسلاف كاتشينسكي |
2007-11-16 | Donald Tusk
2014-09-22 | Ewa Kopacz | إيفا كوباتش | | f
2015-11-16 | Beata Szydlo | بياتا شيدوو | | f
2017-12-11 | Mateusz Morawiecki | ماتيوش مورافيتسكي |
2023-12-13 | Donald Tusk

@ NLD head_of_government GOV
1994-08-22 | Wim Kok | فيم كوك |
2002-07-22 | Jan Peter Balkenende | يان بيتر بالكنينده |
2010-10-14 | Mark Rutte
2024-07-02 | Dick Schoof | ديك سخوف |

@ BEL head_of_government GOV
1999-07-12 | Guy Verhofstadt | غي فيرهوفشتات |
2008-03-20 | Yves Leterme | إيف ليترم |
2008-12-30 | Herman Van Rompuy
2009-11-25 | Yves Leterme
2011-12-06 | Elio Di Rupo | إليو دي روبو |
2014-10-11 | Charles Michel
2019-10-27 | Sophie Wilmes | صوفي ويلميس | | f
2020-10-01 | Alexander De Croo | ألكسندر دي كرو |
2025-02-03 | Bart De Wever | بارت دي ويفر |

@ SWE head_of_government GOV
1996-03-22 | Goran Persson | يوران بيرسون |
2006-10-06 | Fredrik Reinfeldt | فريدريك راينفلت |
2014-10-03 | Stefan Lofven | ستيفان لوفين |
2021-11-30 | Magdalena Andersson | ماغدالينا أندرسون | | f
2022-10-18 | Ulf Kristersson | أولف كريسترسون |

@ NOR head_of_government GOV
2000-03-17 | Jens Stoltenberg
2001-10-19 | Kjell Magne Bondevik | كييل ماغنه بونديفيك |
2005-10-17 | Jens Stoltenberg
2013-10-16 | Erna Solberg | إرنا سولبرغ | | f
2021-10-14 | Jonas Gahr Store | يوناس غار ستوره |

@ AUT head_of_government GOV # Federal Chancellor
2000-02-04 | Wolfgang Schussel | فولفغانغ شوسل |
2007-01-11 | Alfred Gusenbauer | ألفريد غوزنباور |
2008-12-02 | Werner Faymann | فيرنر فايمان | | end=2016-05-09
2016-05-17 | Christian Kern | كريستيان كيرن |
2017-12-18 | Sebastian Kurz | سيباستيان كورتس | | end=2019-05-28
2019-06-03 | Brigitte Bierlein | بريجيت بيرلاين | | f
2020-01-07 | Sebastian Kurz
2021-10-11 | Alexander Schallenberg | ألكسندر شالنبرغ |
2021-12-06 | Karl Nehammer | كارل نيهامر |
2025-01-10 | Alexander Schallenberg | | | acting
2025-03-03 | Christian Stocker | كريستيان شتوكر |

@ IDN head_of_state GOV
1999-10-20 | Abdurrahman Wahid | عبد الرحمن واحد |
2001-07-23 | Megawati Sukarnoputri | ميغاواتي سوكارنوبوتري | | f
2004-10-20 | Susilo Bambang Yudhoyono | سوسيلو بامبانغ يوديونو |
2014-10-20 | Joko Widodo | جوكو ويدودو |
2024-10-20 | Prabowo Subianto | برابوو سوبيانتو |

@ MYS head_of_government GOV
1981-07-16 | Mahathir Mohamad | مهاتير محمد | مهاتير
2003-10-31 | Abdullah Ahmad Badawi | عبد الله أحمد بدوي |
2009-04-03 | Najib Razak | نجيب عبد الرزاق |
2018-05-10 | Mahathir Mohamad
2020-03-01 | Muhyiddin Yassin | محيي الدين ياسين |
2021-08-21 | Ismail Sabri Yaakob | إسماعيل صبري يعقوب |
2022-11-24 | Anwar Ibrahim | أنور إبراهيم |

@ AZE head_of_state GOV
1993-06 | Heydar Aliyev | حيدر علييف |
2003-10-31 | Ilham Aliyev | إلهام علييف | علييف

@ ARM head_of_government GOV
2018-05-08 | Nikol Pashinyan | نيكول باشينيان | باشينيان

@ ARM head_of_state GOV
1998-04-09 | Robert Kocharyan | روبرت كوتشاريان |
2008-04-09 | Serzh Sargsyan | سيرج سركيسيان |
2018-04-09 | Armen Sarkissian | أرمين سركيسيان | | end=2022-02-01
2022-03-13 | Vahagn Khachaturyan | فاهاغن خاتشاتوريان |

@ GEO head_of_state GOV
1995-11-26 | Eduard Shevardnadze | إدوارد شيفرنادزه |
2003-11-23 | Nino Burjanadze | نينو بورجانادزه | | f acting
2004-01-25 | Mikheil Saakashvili | ميخائيل ساكاشفيلي |
2007-11-25 | Nino Burjanadze | | | acting
2008-01-20 | Mikheil Saakashvili
2013-11-17 | Giorgi Margvelashvili | غيورغي مارغفيلاشفيلي |
2018-12-16 | Salome Zourabichvili | سالومي زورابيشفيلي | | f
2024-12-29 | Mikheil Kavelashvili | ميخائيل كافيلاشفيلي |

@ KAZ head_of_state GOV
1990-04-24 | Nursultan Nazarbayev | نور سلطان نزارباييف |
2019-03-20 | Kassym-Jomart Tokayev | قاسم جومارت توكاييف |

@ UZB head_of_state GOV
1990-03-24 | Islam Karimov | إسلام كريموف | | end=2016-09-02
2016-09-08 | Shavkat Mirziyoyev | شوكت ميرزيوييف |

@ BLR head_of_state GOV
1994-07-20 | Alexander Lukashenko | ألكسندر لوكاشينكو | لوكاشينكو

@ MEX head_of_state GOV
1994-12-01 | Ernesto Zedillo | إرنستو زيديو |
2000-12-01 | Vicente Fox | فيسنتي فوكس |
2006-12-01 | Felipe Calderon | فيليبي كالديرون |
2012-12-01 | Enrique Pena Nieto | إنريكي بينيا نييتو |
2018-12-01 | Andres Manuel Lopez Obrador | أندريس مانويل لوبيز أوبرادور |
2024-10-01 | Claudia Sheinbaum | كلوديا شينباوم | | f

@ ARG head_of_state GOV
1999-12-10 | Fernando de la Rua | فرناندو دي لا روا | | end=2001-12-21
2002-01-02 | Eduardo Duhalde | إدواردو دوهالدي |
2003-05-25 | Nestor Kirchner | نستور كيرشنر |
2007-12-10 | Cristina Fernandez de Kirchner | كريستينا فرنانديز دي كيرشنر | | f
2015-12-10 | Mauricio Macri | ماوريسيو ماكري |
2019-12-10 | Alberto Fernandez | ألبرتو فرنانديز |
2023-12-10 | Javier Milei | خافيير ميلي |

@ VEN head_of_state GOV
1999-02-02 | Hugo Chavez | هوغو تشافيز | تشافيز | end=2013-03-05
2013-03-05 | Nicolas Maduro | نيكولاس مادورو | مادورو | end=2026-01-03 # acting until 2013-04-19; captured by US forces on 2026-01-03 (public news reports)
2026-01-05 | Delcy Rodriguez | ديلسي رودريغيز | | f acting # sworn in as interim president (public news reports)

@ CUB head_of_state GOV
1976-12-02 | Fidel Castro | فيدل كاسترو |
2008-02-24 | Raul Castro | راؤول كاسترو |
2018-04-19 | Miguel Diaz-Canel | ميغيل دياز كانيل |

@ USA national_security_adviser GOV
1997-03-14 | Sandy Berger | ساندي بيرغر |
2001-01-20 | Condoleezza Rice
2005-01-26 | Stephen Hadley | ستيفن هادلي |
2009-01-20 | James L. Jones | جيمس جونز |
2010-10-08 | Tom Donilon | توم دونيلون |
2013-07-01 | Susan Rice | سوزان رايس | | f
2017-01-20 | Michael Flynn | مايكل فلين | | end=2017-02-13
2017-02-20 | H. R. McMaster | هربرت ماكماستر, إتش آر ماكماستر | ماكماستر
2018-04-09 | John Bolton | جون بولتون | بولتون
2019-09-18 | Robert O'Brien | روبرت أوبراين |
2021-01-20 | Jake Sullivan | جيك سوليفان | سوليفان
2025-01-20 | Mike Waltz | مايك والتز | والتز
2025-05-01 | Marco Rubio | | | acting

@ USA envoy GOV note=special_envoy_to_the_Middle_East
2025-01-20 | Steve Witkoff | ستيف ويتكوف | ويتكوف

@ USA envoy GOV note=special_envoy_for_Syria
2025-05-23 | Tom Barrack | توم باراك | باراك

@ USA envoy GOV note=special_presidential_envoy_for_the_Global_Coalition_to_Defeat_ISIS
2015-10 | Brett McGurk | بريت ماكغورك | ماكغورك | end=2018-12-31

@ USA envoy GOV note=special_envoy_for_Iran
2018-08 | Brian Hook | براين هوك | | end=2020-08
2021-01 | Robert Malley | روبرت مالي | | end=2023-06

@ USA envoy GOV note=special_envoy_for_Syria_before_2025
2018-08 | James Jeffrey | جيمس جيفري | | end=2020-11

@ USA envoy GOV note=senior_adviser_for_energy_and_Lebanon
2022 | Amos Hochstein | آموس هوكشتاين | هوكشتاين | end=2025-01-20

@ USA envoy GOV note=deputy_special_envoy_to_the_Middle_East
2025-05 | Morgan Ortagus | | | end=2025-09

@ USA envoy GOV note=special_envoy_for_Israeli-Palestinian_negotiations
2013-07 | Martin Indyk | مارتن إنديك | | end=2014-06
2017-01 | Jason Greenblatt | جيسون غرينبلات | | end=2019-10

@ USA envoy GOV note=special_envoy_for_Yemen
2021-02 | Tim Lenderking | تيم ليندركينغ | ليندركينغ

@ RUS envoy GOV note=special_presidential_envoy_for_the_Middle_East_and_Africa
2011-06 | Mikhail Bogdanov | ميخائيل بوغدانوف | بوغدانوف

@ RUS envoy GOV note=special_presidential_envoy_for_Syria
2017 | Alexander Lavrentiev | ألكسندر لافرنتييف | لافرنتييف

@ IRQ head_of_government GOV org=mrs:org:krg
2006-05-07 | Nechirvan Barzani | نيجيرفان بارزاني |
2009-10-28 | Barham Salih
2012-04-05 | Nechirvan Barzani
2019-07-10 | Masrour Barzani | مسرور بارزاني |

@ IRQ head_of_state GOV org=mrs:org:krg # President of the Kurdistan Region
2005-06-13 | Masoud Barzani
2017-11-01 | -
2019-06-10 | Nechirvan Barzani

@ IRQ religious_leader REL note=Grand_Ayatollah_in_Najaf
1992 | Ali al-Sistani | علي السيستاني, السيد علي السيستاني | السيستاني

@ EGY religious_leader REL note=Grand_Imam_of_al-Azhar
1996-03-27 | Muhammad Sayyid Tantawy | محمد سيد طنطاوي | | end=2010-03-10
2010-03-19 | Ahmed el-Tayeb | أحمد الطيب | الطيب

@ EGY religious_leader REL note=Grand_Mufti_of_Egypt
2003-09 | Ali Gomaa | علي جمعة |
2013-03-04 | Shawki Allam | شوقي علام |
2024-08-12 | Nazir Ayyad | نظير عياد |

@ EGY religious_leader REL note=Coptic_Pope_of_Alexandria
1971-11-14 | Pope Shenouda III | البابا شنودة الثالث | | end=2012-03-17
2012-11-18 | Pope Tawadros II | البابا تواضروس الثاني | تواضروس

@ SAU religious_leader REL note=Grand_Mufti_of_Saudi_Arabia
1999-05 | Abdulaziz Al ash-Sheikh | عبد العزيز آل الشيخ, عبد العزيز بن عبد الله آل الشيخ | | end=2025-09-23

@ SYR religious_leader REL note=Grand_Mufti_of_Syria
2005-07 | Ahmad Badreddin Hassoun | أحمد بدر الدين حسون | حسون | end=2021-11-15
2025-03-28 | Osama al-Rifai | أسامة الرفاعي |

@ LBN religious_leader REL note=Grand_Mufti_of_Lebanon
2014-09-15 | Abdul Latif Derian | عبد اللطيف دريان | دريان

@ LBN religious_leader REL note=Maronite_Patriarch
1986-04-19 | Nasrallah Boutros Sfeir | نصر الله بطرس صفير | صفير | end=2011-03-15
2011-03-15 | Bechara Boutros al-Rahi | بشارة بطرس الراعي | الراعي

@ QAT religious_leader REL note=President_of_the_International_Union_of_Muslim_Scholars
2004-07 | Yusuf al-Qaradawi | يوسف القرضاوي | القرضاوي | c=EGY end=2018-11
2018-11 | Ahmed al-Raissouni | أحمد الريسوني | | c=MAR end=2022-08

@ VAT head_of_state REL # Pope
1978-10-16 | Pope John Paul II | البابا يوحنا بولس الثاني | | Q989 end=2005-04-02
2005-04-19 | Pope Benedict XVI | البابا بنديكتوس السادس عشر | | c=DEU end=2013-02-28
2013-03-13 | Pope Francis | البابا فرنسيس | | Q450675 c=ARG end=2025-04-21
2025-05-08 | Pope Leo XIV | البابا لاون الرابع عشر | | c=USA
"""
