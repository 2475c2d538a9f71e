# ruff: noqa: E501  (a data table: one holder per line)
"""Office successions of North Africa and the Horn (EGY, LBY, TUN, DZA, MAR, SDN, MRT, SOM, DJI,
COM); see people_build.py."""

TABLE = r"""
@ EGY head_of_state GOV
1981-10-14 | Hosni Mubarak | حسني مبارك, محمد حسني مبارك | مبارك
2011-02-11 | Mohamed Hussein Tantawi | محمد حسين طنطاوي, المشير طنطاوي | طنطاوي | de-facto # chairman of the Supreme Council of the Armed Forces
2012-06-30 | Mohamed Morsi | محمد مرسي, محمد محمد مرسي | مرسي
2013-07-04 | Adly Mansour | عدلي منصور | منصور | interim
2014-06-08 | Abdel Fattah el-Sisi | عبد الفتاح السيسي | السيسي

@ EGY vice_president GOV
2011-01-29 | Omar Suleiman | عمر سليمان | | end=2011-02-11
2012-08-12 | Mahmoud Mekki | محمود مكي | | end=2012-12-22
2013-07-14 | Mohamed ElBaradei | محمد البرادعي | البرادعي | end=2013-08-14

@ EGY head_of_government GOV
1999-10-05 | Atef Ebeid | عاطف عبيد |
2004-07-14 | Ahmed Nazif | أحمد نظيف | نظيف
2011-01-29 | Ahmed Shafik | أحمد شفيق | شفيق
2011-03-03 | Essam Sharaf | عصام شرف |
2011-12-07 | Kamal Ganzouri | كمال الجنزوري | الجنزوري
2012-08-02 | Hesham Qandil | هشام قنديل | قنديل
2013-07-16 | Hazem el-Beblawi | حازم الببلاوي | الببلاوي
2014-03-01 | Ibrahim Mahlab | إبراهيم محلب | محلب
2015-09-19 | Sherif Ismail | شريف إسماعيل |
2018-06-07 | Mostafa Madbouly | مصطفى مدبولي | مدبولي

@ EGY foreign_minister GOV
1991-05-20 | Amr Moussa | عمرو موسى |
2001-05-15 | Ahmed Maher | أحمد ماهر |
2004-07-14 | Ahmed Aboul Gheit | أحمد أبو الغيط | أبو الغيط
2011-03-06 | Nabil Elaraby | نبيل العربي |
2011-07-01 | Mohamed Orabi | محمد العرابي |
2011-07-17 | Mohamed Kamel Amr | محمد كامل عمرو |
2013-07-16 | Nabil Fahmy | نبيل فهمي |
2014-06-17 | Sameh Shoukry | سامح شكري | شكري
2024-07-03 | Badr Abdelatty | بدر عبد العاطي | عبد العاطي

@ EGY defence_minister GOV
1991-05-20 | Mohamed Hussein Tantawi
2012-08-12 | Abdel Fattah el-Sisi
2014-03-26 | Sedki Sobhi | صدقي صبحي |
2018-06-14 | Mohamed Ahmed Zaki | محمد أحمد زكي, محمد زكي |
2024-07-03 | Abdel Mageed Saqr | عبد المجيد صقر |
2026-02 | Ashraf Salem Zaher | أشرف سالم زاهر | | # minister of defence and military production; reshuffle of 2026 (public news reports)

@ EGY interior_minister GOV
1997-11-18 | Habib el-Adly | حبيب العادلي | العادلي
2011-01-31 | Mahmoud Wagdy | محمود وجدي |
2011-03-05 | Mansour el-Essawy | منصور العيسوي |
2011-12-07 | Mohamed Ibrahim Youssef | محمد إبراهيم يوسف |
2012-08-02 | Ahmed Gamal El-Din | أحمد جمال الدين |
2013-01-05 | Mohamed Ibrahim | محمد إبراهيم |
2015-03-05 | Magdy Abdel Ghaffar | مجدي عبد الغفار |
2018-06-14 | Mahmoud Tawfik | محمود توفيق |

@ EGY finance_minister GOV
1999-10 | Medhat Hassanein | مدحت حسانين |
2004-07-14 | Youssef Boutros Ghali | يوسف بطرس غالي |
2011-01-31 | Samir Radwan | سمير رضوان |
2011-07-17 | Hazem el-Beblawi
2011-12-07 | Momtaz el-Saeed | ممتاز السعيد |
2013-01 | Morsi El-Sayed Hegazy | المرسي السيد حجازي |
2013-05 | Fayad Abdel Moneim | فياض عبد المنعم |
2013-07-16 | Ahmed Galal | أحمد جلال |
2014-03-01 | Hany Kadry Dimian | هاني قدري دميان |
2016-03 | Amr El-Garhy | عمرو الجارحي |
2018-06-14 | Mohamed Maait | محمد معيط | معيط
2024-07-03 | Ahmed Kouchouk | أحمد كجوك |

@ EGY parliament_speaker LEG
1990-12 | Fathi Sorour | أحمد فتحي سرور, فتحي سرور | سرور
2011-02-13 | -
2012-01-23 | Saad el-Katatni | سعد الكتاتني | الكتاتني
2012-06-14 | -
2016-01-10 | Ali Abdel Aal | علي عبد العال |
2021-01-12 | Hanafy el-Gebaly | حنفي جبالي, حنفي الجبالي |
2026-01-12 | Hisham Badawi | هشام بدوي | | # elected at the opening of the new House (public news reports)

@ EGY army_chief MIL
2005 | Sami Anan | سامي عنان | عنان
2012-08-12 | Sedki Sobhi
2014-03-26 | Mahmoud Hegazy | محمود حجازي |
2017-10-28 | Mohamed Farid Hegazy | محمد فريد حجازي |
2021-10-28 | Osama Askar | أسامة عسكر |
2024-07-03 | Ahmed Fathy Khalifa | أحمد فتحي خليفة |

@ EGY intelligence_chief SPY org=mrs:org:egy-gis
1993-01-22 | Omar Suleiman
2011-01-31 | Murad Muwafi | مراد موافي |
2012-08-08 | Mohamed Raafat Shehata | محمد رأفت شحاتة |
2013-07-05 | Mohamed Farid el-Tohamy | محمد فريد التهامي |
2014-12-21 | Khaled Fawzy | خالد فوزي |
2018-01-18 | Abbas Kamel | عباس كامل |
2024-10-16 | Hassan Rashad | حسن رشاد |

@ EGY central_bank_governor GOV
2003-12 | Farouk el-Okdah | فاروق العقدة |
2013-02-02 | Hisham Ramez | هشام رامز |
2015-11-27 | Tarek Amer | طارق عامر |
2022-08-18 | Hassan Abdalla | حسن عبد الله |

@ EGY party_leader OPP org=mrs:org:mb # General Guide
1996 | Mustafa Mashhur | مصطفى مشهور | | end=2002-11-14
2002-11-14 | Mamoun al-Hudaibi | مأمون الهضيبي | | approx
2004-01-14 | Mohammed Mahdi Akef | محمد مهدي عاكف | عاكف
2010-01-16 | Mohammed Badie | محمد بديع | بديع

@ EGY party_leader PTY org=mrs:org:fjp
2011-04-30 | Mohamed Morsi
2012-06-24 | -
2012-10-19 | Saad el-Katatni
2014-08-09 | -

@ EGY presidency_spokesperson GOV
2014-06 | Alaa Youssef | علاء يوسف |
2016-11 | Bassam Radi | بسام راضي |
2022-11 | Ahmed Fahmy | أحمد فهمي |

@ EGY foreign_ministry_spokesperson GOV
2014 | Badr Abdelatty
2015-06 | Ahmed Abu Zeid | أحمد أبو زيد |
2021 | Ahmed Hafez | أحمد حافظ |

@ LBY head_of_state GOV
1969-09-01 | Muammar Gaddafi | معمر القذافي, العقيد معمر القذافي | القذافي | Q19878 # Brotherly Leader and Guide of the Revolution
2011-08-23 | Mustafa Abdul Jalil | مصطفى عبد الجليل | عبد الجليل | # chairman of the National Transitional Council (from 2011-03-05, in rebel-held Libya)
2012-08-09 | Mohamed Magariaf | محمد المقريف | المقريف | # president of the General National Congress
2013-05-28 | Giuma Ahmed Atiga | جمعة عتيقة | | acting
2013-06-25 | Nouri Abusahmain | نوري أبو سهمين | أبو سهمين
2014-08-05 | Aguila Saleh Issa | عقيلة صالح, عقيلة صالح عيسى | عقيلة | disputed # president of the House of Representatives
2016-03-30 | Fayez al-Sarraj | فائز السراج | السراج | # chairman of the Presidential Council
2021-03-15 | Mohamed al-Menfi | محمد المنفي | المنفي | # chairman of the Presidential Council

@ LBY head_of_government GOV
1997-12 | Muhammad Ahmad al-Mangoush | محمد أحمد المنقوش |
2000-03 | Mubarak al-Shamikh | مبارك الشامخ |
2003-06-14 | Shukri Ghanem | شكري غانم |
2006-03-05 | Baghdadi Mahmudi | البغدادي المحمودي | المحمودي
2011-08-23 | Mahmoud Jibril | محمود جبريل | جبريل | # NTC executive (from 2011-03-05)
2011-10-23 | Ali Tarhouni | علي الترهوني | | acting
2011-11-24 | Abdurrahim El-Keib | عبد الرحيم الكيب | الكيب
2012-11-14 | Ali Zeidan | علي زيدان |
2014-03-11 | Abdullah al-Thani | عبد الله الثني | الثني
2016-03-30 | Fayez al-Sarraj
2021-03-15 | Abdul Hamid Dbeibah | عبد الحميد الدبيبة | الدبيبة

@ LBY foreign_minister GOV
2000-03 | Abdel Rahman Shalgham | عبد الرحمن شلقم | شلقم
2009-03-04 | Moussa Koussa | موسى كوسا | كوسا
2011-03-30 | Abdul Ati al-Obeidi | عبد العاطي العبيدي |
2011-08-23 | -
2011-11-24 | Ashour Bin Khayal | عاشور بن خيال |
2012-11-14 | Mohamed Abdelaziz | محمد عبد العزيز |
2014-09 | Mohamed al-Dairi | محمد الدايري | | # government of Abdullah al-Thani
2016-03-30 | Mohamed Taha Siala | محمد الطاهر سيالة | سيالة
2021-03-15 | Najla Mangoush | نجلاء المنقوش | المنقوش | f
2023-08-27 | -

@ LBY interior_minister GOV
2018-10 | Fathi Bashagha | فتحي باشاغا | باشاغا
2021-03-15 | Khaled Mazen | خالد مازن |
2022-11 | Emad Trabelsi | عماد الطرابلسي | الطرابلسي

@ LBY parliament_speaker LEG
2014-08-05 | Aguila Saleh Issa

@ LBY armed_group_leader MIL org=mrs:org:lna
2014-05-16 | Khalifa Haftar | خليفة حفتر, المشير خليفة حفتر | حفتر

@ LBY central_bank_governor GOV
2011-10 | Saddek Omar Elkaber | الصديق الكبير, الصديق عمر الكبير | الكبير
2024-09 | Naji Issa | ناجي عيسى |

@ TUN head_of_state GOV
1987-11-07 | Zine El Abidine Ben Ali | زين العابدين بن علي | بن علي
2011-01-14 | Mohamed Ghannouchi | محمد الغنوشي | | acting
2011-01-15 | Fouad Mebazaa | فؤاد المبزع | المبزع | acting
2011-12-13 | Moncef Marzouki | المنصف المرزوقي, منصف المرزوقي | المرزوقي
2014-12-31 | Beji Caid Essebsi | الباجي قائد السبسي, الباجي السبسي | السبسي
2019-07-25 | Mohamed Ennaceur | محمد الناصر | | acting
2019-10-23 | Kais Saied | قيس سعيد | سعيد

@ TUN head_of_government GOV
1999-11-17 | Mohamed Ghannouchi
2011-02-27 | Beji Caid Essebsi
2011-12-24 | Hamadi Jebali | حمادي الجبالي | الجبالي
2013-03-14 | Ali Laarayedh | علي العريض | العريض
2014-01-29 | Mehdi Jomaa | مهدي جمعة |
2015-02-06 | Habib Essid | الحبيب الصيد | الصيد
2016-08-27 | Youssef Chahed | يوسف الشاهد | الشاهد
2020-02-27 | Elyes Fakhfakh | إلياس الفخفاخ | الفخفاخ
2020-09-02 | Hichem Mechichi | هشام المشيشي | المشيشي
2021-07-25 | -
2021-10-11 | Najla Bouden | نجلاء بودن | بودن | f
2023-08-01 | Ahmed Hachani | أحمد الحشاني | الحشاني
2024-08-07 | Kamel Maddouri | كمال المدوري | المدوري
2025-03-21 | Sara Zaafrani Zenzri | سارة الزعفراني الزنزري | | f

@ TUN foreign_minister GOV
1999-11 | Habib Ben Yahia | الحبيب بن يحيى |
2004-11 | Abdelbaki Hermassi | عبد الباقي الهرماسي |
2005-08 | Abdelwahab Abdallah | عبد الوهاب عبد الله |
2010-01 | Kamel Morjane | كمال مرجان |
2011-01-27 | Ahmed Ounaies | أحمد ونيس |
2011-02-21 | Mouldi Kefi | المولدي الكافي |
2011-12-24 | Rafik Abdessalem | رفيق عبد السلام |
2013-03-14 | Othman Jerandi | عثمان الجرندي | الجرندي
2014-01-29 | Mongi Hamdi | المنجي الحامدي |
2015-02-06 | Taieb Baccouche | الطيب البكوش |
2016-01-12 | Khemaies Jhinaoui | خميس الجهيناوي |
2019-10-29 | -
2020-02-27 | Noureddine Erray | نور الدين الري |
2020-09-02 | Othman Jerandi
2023-02-07 | Nabil Ammar | نبيل عمار |
2024-08-25 | Mohamed Ali Nafti | محمد علي النفطي |

@ TUN defence_minister GOV
2010-01 | Ridha Grira | رضا قريرة |
2011-01-27 | Abdelkarim Zbidi | عبد الكريم الزبيدي | الزبيدي
2013-03-14 | Rachid Sabbagh | رشيد الصباغ |
2014-01-29 | Ghazi Jeribi | غازي الجريبي |
2015-02-06 | Farhat Horchani | فرحات الحرشاني |
2017-09-06 | Abdelkarim Zbidi
2020-02-27 | Imed Hazgui | عماد الحزقي |
2021-10-11 | Imed Memmiche | عماد مميش |
2024-01 | Khaled Sehili | خالد السهيلي |

@ TUN parliament_speaker LEG
1997-10-14 | Fouad Mebazaa
2011-01-15 | -
2011-11-22 | Mustapha Ben Jafar | مصطفى بن جعفر |
2014-12-04 | Mohamed Ennaceur
2019-11-13 | Rached Ghannouchi | راشد الغنوشي | الغنوشي
2021-07-25 | -
2023-03-13 | Ibrahim Bouderbala | إبراهيم بودربالة |

@ TUN party_leader PTY org=mrs:org:ennahda
1991 | Rached Ghannouchi

@ TUN party_leader PTY org=mrs:org:nidaa
2012-06 | Beji Caid Essebsi
2014-12-31 | -

@ TUN party_leader LAB org=mrs:org:ugtt
2011-12 | Houcine Abassi | حسين العباسي |
2017-01-25 | Noureddine Taboubi | نور الدين الطبوبي | الطبوبي

@ DZA head_of_state GOV
1999-04-27 | Abdelaziz Bouteflika | عبد العزيز بوتفليقة | بوتفليقة | end=2019-04-02
2019-04-09 | Abdelkader Bensalah | عبد القادر بن صالح | بن صالح | acting
2019-12-19 | Abdelmadjid Tebboune | عبد المجيد تبون | تبون

@ DZA head_of_government GOV
1999-12-23 | Ahmed Benbitour | أحمد بن بيتور |
2000-08-27 | Ali Benflis | علي بن فليس | بن فليس
2003-05-05 | Ahmed Ouyahia | أحمد أويحيى | أويحيى
2006-05-24 | Abdelaziz Belkhadem | عبد العزيز بلخادم | بلخادم
2008-06-23 | Ahmed Ouyahia
2012-09-03 | Abdelmalek Sellal | عبد المالك سلال | سلال
2017-05-24 | Abdelmadjid Tebboune
2017-08-15 | Ahmed Ouyahia
2019-03-11 | Noureddine Bedoui | نور الدين بدوي | بدوي
2019-12-19 | Sabri Boukadoum | صبري بوقادوم | بوقادوم | acting
2019-12-28 | Abdelaziz Djerad | عبد العزيز جراد | جراد
2021-06-30 | Aymen Benabderrahmane | أيمن بن عبد الرحمن |
2023-11-11 | Nadir Larbaoui | نذير العرباوي | العرباوي
2025-08-28 | Sifi Ghrieb | سيفي غريب | | acting
2025-09-14 | Sifi Ghrieb

@ DZA foreign_minister GOV
1999-12 | Youcef Yousfi | يوسف يوسفي |
2000-08-26 | Abdelaziz Belkhadem
2005-05-01 | Mohammed Bedjaoui | محمد بجاوي |
2007-06-04 | Mourad Medelci | مراد مدلسي | مدلسي
2013-09-11 | Ramtane Lamamra | رمطان لعمامرة | لعمامرة
2017-05-25 | Abdelkader Messahel | عبد القادر مساهل | مساهل
2019-03-31 | Sabri Boukadoum
2021-07-07 | Ramtane Lamamra
2023-03-18 | Ahmed Attaf | أحمد عطاف | عطاف

@ DZA army_chief MIL
1993-07 | Mohamed Lamari | محمد العماري |
2004-08-03 | Ahmed Gaid Salah | أحمد قايد صالح, القايد صالح | قايد صالح | end=2019-12-23
2019-12-23 | Said Chengriha | السعيد شنقريحة | شنقريحة

@ DZA defence_minister GOV # the President holds the portfolio; vice-minister listed
2013-09-11 | Ahmed Gaid Salah | | | end=2019-12-23 # vice-minister of national defence

@ DZA interior_minister GOV
1999-12 | Noureddine Yazid Zerhouni | نور الدين يزيد زرهوني | زرهوني
2010-05-28 | Dahou Ould Kablia | دحو ولد قابلية |
2013-09-11 | Tayeb Belaiz | الطيب بلعيز |
2015-05-14 | Noureddine Bedoui
2019-03-31 | Salah Eddine Dahmoune | صلاح الدين دحمون |
2020-01-02 | Kamel Beldjoud | كمال بلجود |
2023-03 | Brahim Merad | إبراهيم مراد |

@ DZA parliament_speaker LEG
1997-06 | Abdelkader Bensalah
2002-06 | Karim Younes | كريم يونس |
2004-07 | Amar Saadani | عمار سعداني |
2007-06 | Abdelaziz Ziari | عبد العزيز زياري |
2012-05 | Mohamed Larbi Ould Khelifa | محمد العربي ولد خليفة |
2017-05 | Said Bouhadja | سعيد بوحجة |
2018-10 | Mouad Bouchareb | معاذ بوشارب |
2019-07 | Slimane Chenine | سليمان شنين |
2021-07 | Brahim Boughali | إبراهيم بوغالي |

@ MAR head_of_state GOV # King
1999-07-23 | Mohammed VI of Morocco | محمد السادس, الملك محمد السادس |

@ MAR crown_prince GOV
2003-05-08 | Moulay Hassan | مولاي الحسن, ولي العهد الأمير مولاي الحسن |

@ MAR head_of_government GOV
1998-03-14 | Abderrahmane Youssoufi | عبد الرحمن اليوسفي | اليوسفي
2002-10-09 | Driss Jettou | إدريس جطو | جطو
2007-09-19 | Abbas El Fassi | عباس الفاسي | الفاسي
2011-11-29 | Abdelilah Benkirane | عبد الإله بنكيران | بنكيران
2017-04-05 | Saadeddine Othmani | سعد الدين العثماني | العثماني
2021-10-07 | Aziz Akhannouch | عزيز أخنوش | أخنوش

@ MAR foreign_minister GOV
1999-04 | Mohamed Benaissa | محمد بن عيسى |
2007-10-15 | Taieb Fassi Fihri | الطيب الفاسي الفهري |
2012-01-03 | Saadeddine Othmani
2013-10-10 | Salaheddine Mezouar | صلاح الدين مزوار | مزوار
2017-04-05 | Nasser Bourita | ناصر بوريطة | بوريطة

@ MAR interior_minister GOV
1999-11 | Ahmed Midaoui | أحمد الميداوي |
2002-11 | Mustapha Sahel | مصطفى الساهل |
2006-02 | Chakib Benmoussa | شكيب بنموسى |
2010-01 | Taieb Cherkaoui | الطيب الشرقاوي |
2012-01-03 | Mohand Laenser | امحند العنصر |
2013-10-10 | Mohamed Hassad | محمد حصاد |
2017-04-05 | Abdelouafi Laftit | عبد الوافي لفتيت | لفتيت

@ MAR party_leader PTY org=mrs:org:pjd
2004-04 | Saadeddine Othmani
2008-07 | Abdelilah Benkirane
2017-12 | Saadeddine Othmani
2021-10 | Abdelilah Benkirane

@ MAR party_leader PTY org=mrs:org:rni
2016-10 | Aziz Akhannouch

@ ESH armed_group_leader REB org=mrs:org:polisario
1976-08 | Mohamed Abdelaziz | محمد عبد العزيز المراكشي | | id=mohamed-abdelaziz-polisario end=2016-05-31
2016-07-09 | Brahim Ghali | إبراهيم غالي |

@ SDN head_of_state GOV
1989-06-30 | Omar al-Bashir | عمر البشير, عمر حسن أحمد البشير | البشير
2019-04-11 | Ahmed Awad Ibn Auf | أحمد عوض بن عوف, عوض ابن عوف | ابن عوف
2019-04-12 | Abdel Fattah al-Burhan | عبد الفتاح البرهان | البرهان

@ SDN vice_president GOV
2005-07-09 | John Garang | جون قرنق | قرنق | end=2005-07-30
2005-08-11 | Salva Kiir Mayardit | سلفا كير, سلفا كير ميارديت | سلفا كير | end=2011-07-09
2019-08-21 | Mohamed Hamdan Dagalo | محمد حمدان دقلو, حميدتي | دقلو | end=2023-05-19 # deputy chairman of the Sovereignty Council

@ SDN head_of_government GOV
1989-06-30 | Omar al-Bashir
2017-03-01 | Bakri Hassan Saleh | بكري حسن صالح |
2018-09-10 | Motazz Moussa | معتز موسى |
2019-02-23 | Mohamed Tahir Ayala | محمد طاهر أيلا |
2019-04-11 | -
2019-08-21 | Abdalla Hamdok | عبد الله حمدوك | حمدوك | end=2021-10-25
2021-11-21 | Abdalla Hamdok
2022-01-02 | -
2022-01-19 | Osman Hussein | عثمان حسين | | acting
2025-04-30 | Dafallah al-Haj Ali | دفع الله الحاج علي | | acting
2025-05-19 | Kamil Idris | كامل إدريس |

@ SDN foreign_minister GOV
1998-02 | Mustafa Osman Ismail | مصطفى عثمان إسماعيل |
2005-09 | Lam Akol | لام أكول |
2007-10 | Deng Alor | دينق ألور |
2010-06 | Ali Karti | علي كرتي | كرتي
2015-06 | Ibrahim Ghandour | إبراهيم غندور | غندور
2018-06 | Al-Dirdiri Mohamed Ahmed | الدرديري محمد أحمد |
2019-04-11 | -
2019-09-08 | Asma Mohamed Abdalla | أسماء محمد عبد الله | | f
2020-07 | Omer Qamar al-Din | عمر قمر الدين | | acting
2021-02-08 | Mariam al-Sadiq al-Mahdi | مريم الصادق المهدي | | f
2021-10-25 | -
2021-11 | Ali al-Sadiq | علي الصادق | | acting
2024-04 | Hussein Awad Ali | حسين عوض علي |
2024-11 | Ali Youssef al-Sharif | علي يوسف الشريف |

@ SDN defence_minister GOV
2005-09 | Abdel Rahim Mohammed Hussein | عبد الرحيم محمد حسين |
2015-06 | Ahmed Awad Ibn Auf
2019-04-11 | -
2019-09-08 | Jamal Omar | جمال الدين عمر, جمال عمر | | end=2020-03-25
2020-06 | Yassin Ibrahim Yassin | ياسين إبراهيم ياسين |

@ SDN armed_group_leader REB org=mrs:org:rsf-sdn
2013-08 | Mohamed Hamdan Dagalo

@ SDN armed_group_leader REB org=mrs:org:jem
2001 | Khalil Ibrahim | خليل إبراهيم | | end=2011-12-24
2012-01-26 | Gibril Ibrahim | جبريل إبراهيم |

@ SDN armed_group_leader REB org=mrs:org:slm-minnawi
2006 | Minni Minnawi | مني أركو مناوي, مني مناوي | مناوي

@ SDN armed_group_leader REB org=mrs:org:slm-nur
2006 | Abdul Wahid al-Nur | عبد الواحد محمد نور |

@ SDN armed_group_leader REB org=mrs:org:splm-n
2017-06 | Abdelaziz al-Hilu | عبد العزيز الحلو | الحلو

@ SDN party_leader PTY org=mrs:org:umma
1964 | Sadiq al-Mahdi | الصادق المهدي | | end=2020-11-26

@ MRT head_of_state GOV
1984-12-12 | Maaouya Ould Sid'Ahmed Taya | معاوية ولد سيد أحمد الطايع | ولد الطايع
2005-08-03 | Ely Ould Mohamed Vall | اعل ولد محمد فال |
2007-04-19 | Sidi Ould Cheikh Abdallahi | سيدي محمد ولد الشيخ عبد الله |
2008-08-06 | Mohamed Ould Abdel Aziz | محمد ولد عبد العزيز | ولد عبد العزيز
2009-04-15 | Ba Mamadou Mbaré | با ممادو امباري | | acting
2009-08-05 | Mohamed Ould Abdel Aziz
2019-08-01 | Mohamed Ould Ghazouani | محمد ولد الغزواني, محمد ولد الشيخ الغزواني | ولد الغزواني

@ MRT head_of_government GOV
1998-11-16 | Cheikh El Avia Ould Mohamed Khouna | الشيخ العافية ولد محمد خونا |
2003-07-06 | Sghair Ould M'Bareck | الصغير ولد امبارك |
2005-08-07 | Sidi Mohamed Ould Boubacar | سيدي محمد ولد ببكر |
2007-04-20 | Zeine Ould Zeidane | الزين ولد زيدان |
2008-05-06 | Yahya Ould Ahmed El Waghef | يحيى ولد أحمد الوقف |
2008-08-14 | Moulaye Ould Mohamed Laghdaf | مولاي ولد محمد لقظف |
2014-08-20 | Yahya Ould Hademine | يحيى ولد حدمين |
2018-10-29 | Mohamed Salem Ould Béchir | محمد سالم ولد البشير |
2019-08-03 | Ismail Ould Bedde Ould Cheikh Sidiya | إسماعيل ولد بده ولد الشيخ سيديا |
2020-08-06 | Mohamed Ould Bilal | محمد ولد بلال |
2024-08-02 | Mokhtar Ould Djay | المختار ولد اجاي |

@ MRT foreign_minister GOV
2018-10 | Ismail Ould Cheikh Ahmed | إسماعيل ولد الشيخ أحمد | ولد الشيخ أحمد
2020-08 | Mohamed Salem Ould Merzouk | محمد سالم ولد مرزوك |

@ SOM head_of_state GOV
2000-08-27 | Abdiqasim Salad Hassan | عبد القاسم صلاد حسن |
2004-10-14 | Abdullahi Yusuf Ahmed | عبد الله يوسف أحمد |
2008-12-29 | Adan Mohamed Nuur Madobe | آدم محمد نور مادوبي | | acting
2009-01-31 | Sharif Sheikh Ahmed | شريف شيخ أحمد |
2012-09-16 | Hassan Sheikh Mohamud | حسن شيخ محمود |
2017-02-16 | Mohamed Abdullahi Farmaajo | محمد عبد الله فرماجو, محمد عبد الله محمد فرماجو | فرماجو
2022-05-23 | Hassan Sheikh Mohamud

@ SOM head_of_government GOV
2000-10-08 | Ali Khalif Galaydh | علي خليف غلير |
2001-11-12 | Hassan Abshir Farah | حسن أبشر فارح |
2002-12-08 | Mohamed Abdi Yusuf | محمد عبدي يوسف |
2004-11-03 | Ali Mohammed Ghedi | علي محمد جيدي |
2007-10-29 | Salim Aliyow Ibrow | سالم عليو إبرو | | acting
2007-11-22 | Nur Hassan Hussein | نور حسن حسين |
2009-02-14 | Omar Abdirashid Ali Sharmarke | عمر عبد الرشيد علي شرماركي | شرماركي
2010-09-21 | Abdiwahid Elmi Gonjeh | عبد الواحد علمي غونجيه | | acting
2010-11-01 | Mohamed Abdullahi Farmaajo
2011-06-19 | Abdiweli Mohamed Ali | عبد الولي محمد علي |
2012-10-17 | Abdi Farah Shirdon | عبدي فارح شردون |
2013-12-21 | Abdiweli Sheikh Ahmed | عبد الولي شيخ أحمد |
2014-12-24 | Omar Abdirashid Ali Sharmarke
2017-03-01 | Hassan Ali Khaire | حسن علي خيري |
2020-07-25 | Mahdi Mohammed Gulaid | مهدي محمد جوليد | | acting
2020-09-23 | Mohamed Hussein Roble | محمد حسين روبلي | روبلي
2022-06-26 | Hamza Abdi Barre | حمزة عبدي بري |

@ SOM armed_group_leader INS org=mrs:org:shabaab
2007 | Aden Hashi Farah Ayro | آدم حاشي عيرو | | end=2008-05-01
2008-05 | Ahmed Abdi Godane | أحمد عبدي غودني, مختار أبو الزبير | | end=2014-09-01
2014-09-06 | Ahmad Umar | أحمد عمر, أحمد ديري |

@ DJI head_of_state GOV
1999-05-08 | Ismail Omar Guelleh | إسماعيل عمر جيله | جيله

@ DJI head_of_government GOV
1978-09-30 | Barkat Gourad Hamadou | بركات غراد حمادو |
2001-03-04 | Dileita Mohamed Dileita | دليتا محمد دليتا |
2013-04-01 | Abdoulkader Kamil Mohamed | عبد القادر كامل محمد |

@ DJI foreign_minister GOV
2005-05 | Mahmoud Ali Youssouf | محمود علي يوسف |
2025-02-15 | -

@ COM head_of_state GOV
1999-04-30 | Azali Assoumani | غزالي عثماني |
2002-01-21 | Hamada Madi | حمادي مادي | | acting
2002-05-26 | Azali Assoumani
2006-05-26 | Ahmed Abdallah Sambi | أحمد عبد الله سامبي |
2011-05-26 | Ikililou Dhoinine | إكليل ظنين |
2016-05-26 | Azali Assoumani
@ EGY oil_minister GOV note=minister_of_petroleum
1999-10 | Sameh Fahmy | سامح فهمي | | end=2011-01-31
2015-09-19 | Tarek El Molla | طارق الملا | الملا | end=2024-07-03
2024-07-03 | Karim Badawi | كريم بدوي |

@ EGY army_spokesperson MIL
2012 | Ahmed Mohamed Ali | أحمد محمد علي | | end=2014-11
2014-11 | Mohamed Samir | محمد سمير | | end=2017-07
2017-07 | Tamer al-Refai | تامر الرفاعي | | end=2021-08
2021-08 | Gharib Abdel Hafez | غريب عبد الحافظ |

@ EGY health_minister GOV
2014-03-01 | Adel Adawy | عادل العدوي |
2015-09 | Ahmed Emad Eldin Rady | أحمد عماد الدين راضي |
2018-06-14 | Hala Zayed | هالة زايد | | f
2021-10 | Khaled Abdel Ghaffar | خالد عبد الغفار |

@ LBY oil_minister GOV
2021-03-15 | Mohamed Aoun | محمد عون |
2024-07 | Khalifa Abdulsadek | خليفة عبد الصادق | | acting

@ DZA oil_minister GOV note=minister_of_energy
1999-12 | Chakib Khelil | شكيب خليل | | end=2010-05-28
2010-05-28 | Youcef Yousfi | | | end=2015-05-14
2015-05-14 | Salah Khebri | صالح خبري | | end=2017-05-25
2017-05-25 | Noureddine Boutarfa | نور الدين بوطرفة | | end=2017-08-15
2017-08-15 | Mustapha Guitouni | مصطفى قيطوني | | end=2019-03-31
2019-03-31 | Mohamed Arkab | محمد عرقاب | عرقاب

@ SDN army_spokesperson MIL
2019 | Amer Mohamed al-Hassan | عامر محمد الحسن |
2023 | Nabil Abdullah | نبيل عبد الله |
"""
