# ruff: noqa: E501  (a data table: one holder per line)
"""Office successions of Iran and Turkey; see people_build.py."""

TABLE = r"""
@ IRN supreme_leader GOV
1989-06-04 | Ali Khamenei | علي خامنئي, آية الله علي خامنئي, السيد علي خامنئي | خامنئي | Q57336 end=2026-02-28 # killed in US-Israeli strikes on 2026-02-28 (public news reports)
2026-03-09 | Mojtaba Khamenei | مجتبى خامنئي, السيد مجتبى خامنئي | | approx # public news reports of March 2026, after the tables' main knowledge limit

@ IRN head_of_state GOV # the President; the Supreme Leader is the highest authority
1997-08-03 | Mohammad Khatami | محمد خاتمي | خاتمي
2005-08-03 | Mahmoud Ahmadinejad | محمود أحمدي نجاد | أحمدي نجاد, نجاد
2013-08-03 | Hassan Rouhani | حسن روحاني | روحاني
2021-08-03 | Ebrahim Raisi | إبراهيم رئيسي | رئيسي | end=2024-05-19
2024-05-19 | Mohammad Mokhber | محمد مخبر | مخبر | acting
2024-07-28 | Masoud Pezeshkian | مسعود بزشكيان, مسعود پزشكيان | بزشكيان

@ IRN vice_president GOV note=first_vice_president
1997-08 | Hassan Habibi | حسن حبيبي |
2001-08-26 | Mohammad Reza Aref | محمد رضا عارف | عارف
2005-09 | Parviz Davoodi | برويز داودي |
2009-09-13 | Mohammad Reza Rahimi | محمد رضا رحيمي |
2013-08-05 | Eshaq Jahangiri | إسحاق جهانغيري | جهانغيري
2021-08-08 | Mohammad Mokhber | | | end=2024-05-19
2024-07-29 | Mohammad Reza Aref

@ IRN foreign_minister GOV
1997-08-20 | Kamal Kharazi | كمال خرازي | خرازي
2005-08-24 | Manouchehr Mottaki | منوشهر متكي | متكي
2010-12-13 | Ali Akbar Salehi | علي أكبر صالحي | صالحي
2013-08-15 | Mohammad Javad Zarif | محمد جواد ظريف | ظريف
2021-08-25 | Hossein Amir-Abdollahian | حسين أمير عبد اللهيان | عبد اللهيان | end=2024-05-19
2024-05-19 | Ali Bagheri Kani | علي باقري كني | باقري | acting
2024-08-21 | Abbas Araghchi | عباس عراقجي | عراقجي

@ IRN defence_minister GOV
1997-08-20 | Ali Shamkhani | علي شمخاني | شمخاني
2005-08-24 | Mostafa Mohammad-Najjar | مصطفى محمد نجار |
2009-09-03 | Ahmad Vahidi | أحمد وحيدي | وحيدي
2013-08-15 | Hossein Dehghan | حسين دهقان | دهقان
2017-08-20 | Amir Hatami | أمير حاتمي | حاتمي
2021-08-25 | Mohammad-Reza Gharaei Ashtiani | محمد رضا آشتياني, محمد رضا قرائي آشتياني | آشتياني
2024-08-21 | Aziz Nasirzadeh | عزيز نصير زاده | نصير زاده | end=2026-02-28
2026-03-02 | Majid Ebnelreza | مجيد ابن الرضا | | acting # public news reports of March 2026, after the tables' main knowledge limit

@ IRN interior_minister GOV
1997-08 | Abdolvahed Mousavi Lari | عبد الواحد موسوي لاري |
2005-08-24 | Mostafa Pourmohammadi | مصطفى بور محمدي |
2008-05 | Ali Kordan | علي كردان |
2008-11 | Sadegh Mahsouli | صادق محصولي |
2009-09-03 | Mostafa Mohammad-Najjar
2013-08-15 | Abdolreza Rahmani Fazli | عبد الرضا رحماني فضلي | رحماني فضلي
2021-08-25 | Ahmad Vahidi
2024-08-21 | Eskandar Momeni | إسكندر مؤمني |

@ IRN finance_minister GOV # minister of economic affairs and finance
2005-08 | Davoud Danesh-Jafari | داود دانش جعفري |
2008-04 | Shamseddin Hosseini | شمس الدين حسيني |
2013-08-15 | Ali Tayebnia | علي طيب نيا |
2017-08-20 | Masoud Karbasian | مسعود كرباسيان |
2018-10 | Farhad Dejpasand | فرهاد دجبسند |
2021-08-25 | Ehsan Khandouzi | إحسان خاندوزي |
2024-08-21 | Abdolnaser Hemmati | عبد الناصر همتي | | end=2025-03-02

@ IRN parliament_speaker LEG
2000-05-28 | Mehdi Karroubi | مهدي كروبي | كروبي
2004-05-28 | Gholam-Ali Haddad-Adel | غلام علي حداد عادل |
2008-05-28 | Ali Larijani | علي لاريجاني | لاريجاني
2020-05-28 | Mohammad Bagher Ghalibaf | محمد باقر قاليباف | قاليباف

@ IRN foreign_ministry_spokesperson GOV
2000 | Hamid Reza Asefi | حميد رضا آصفي |
2006-08 | Mohammad Ali Hosseini | محمد علي حسيني |
2008-08 | Hassan Ghashghavi | حسن قشقاوي |
2009-09 | Ramin Mehmanparast | رامين مهمانبرست |
2013-09 | Marzieh Afkham | مرضية أفخم | | f
2017-05 | Bahram Qassemi | بهرام قاسمي |
2019-09 | Abbas Mousavi | عباس موسوي |
2021-01 | Saeed Khatibzadeh | سعيد خطيب زاده | خطيب زاده
2022-05 | Nasser Kanaani | ناصر كنعاني | كنعاني
2024-09 | Esmaeil Baghaei | إسماعيل بقائي | بقائي

@ IRN government_spokesperson GOV
2019-04 | Ali Rabiei | علي ربيعي |
2021-08 | Ali Bahadori Jahromi | علي بهادري جهرمي |
2024-08 | Fatemeh Mohajerani | فاطمة مهاجراني | | f

@ IRN army_chief MIL note=chief_of_staff_of_the_armed_forces
1989-09 | Hassan Firouzabadi | حسن فيروز آبادي |
2016-06-28 | Mohammad Bagheri | محمد باقري | | end=2025-06-13
2025-06-13 | Abdolrahim Mousavi | عبد الرحيم موسوي | | end=2026-02-28 # public news reports of March 2026, after the tables' main knowledge limit

@ IRN army_chief MIL org=mrs:org:irgc
1997-09 | Yahya Rahim Safavi | يحيى رحيم صفوي | رحيم صفوي
2007-09-01 | Mohammad Ali Jafari | محمد علي جعفري |
2019-04-21 | Hossein Salami | حسين سلامي | سلامي | end=2025-06-13
2025-06-13 | Mohammad Pakpour | محمد باكبور | | end=2026-02-28
2026-03 | Ahmad Vahidi | | | # public news reports of March 2026, after the tables' main knowledge limit

@ IRN army_chief MIL org=mrs:org:quds-force
1998 | Qasem Soleimani | قاسم سليماني | سليماني | end=2020-01-03
2020-01-03 | Esmail Qaani | إسماعيل قاآني | قاآني

@ IRN intelligence_chief SPY org=mrs:org:irn-mois note=minister_of_intelligence
1999-02 | Ali Younesi | علي يونسي |
2005-08-24 | Gholam-Hossein Mohseni-Eje'i | غلام حسين محسني إيجئي |
2009-09-03 | Heydar Moslehi | حيدر مصلحي |
2013-08-15 | Mahmoud Alavi | محمود علوي |
2021-08-25 | Esmaeil Khatib | إسماعيل خطيب |

@ IRN party_leader OPP org=mrs:org:ncri
1993 | Maryam Rajavi | مريم رجوي | رجوي | f

@ TUR head_of_state GOV
1993-05-16 | Suleyman Demirel | سليمان ديميريل |
2000-05-16 | Ahmet Necdet Sezer | أحمد نجدت سيزر | سيزر
2007-08-28 | Abdullah Gul | عبد الله غول | غول
2014-08-28 | Recep Tayyip Erdogan | رجب طيب أردوغان, رجب طيب إردوغان, أردوغان, إردوغان | أردوغان | Q39259

@ TUR head_of_government GOV
1999-01-11 | Bulent Ecevit | بولنت أجاويد | أجاويد
2002-11-18 | Abdullah Gul
2003-03-14 | Recep Tayyip Erdogan
2014-08-28 | Ahmet Davutoglu | أحمد داود أوغلو | داود أوغلو
2016-05-24 | Binali Yildirim | بن علي يلدريم | يلدريم
2018-07-09 | - # office abolished; the President heads the government

@ TUR vice_president GOV
2018-07-09 | Fuat Oktay | فؤاد أقطاي | أقطاي
2023-06-03 | Cevdet Yilmaz | جودت يلماز |

@ TUR foreign_minister GOV
1997-06-30 | Ismail Cem | إسماعيل جم |
2002-07-11 | Sukru Sina Gurel | شكري سينا غورل |
2002-11-18 | Yasar Yakis | يشار ياكيش |
2003-03-14 | Abdullah Gul
2007-08-29 | Ali Babacan | علي باباجان | باباجان
2009-05-01 | Ahmet Davutoglu
2014-08-29 | Mevlut Cavusoglu | مولود جاويش أوغلو | جاويش أوغلو
2015-08-28 | Feridun Sinirlioglu | فريدون سينيرلي أوغلو |
2015-11-24 | Mevlut Cavusoglu
2023-06-04 | Hakan Fidan | هاكان فيدان | فيدان

@ TUR defence_minister GOV
1999-05-28 | Sabahattin Cakmakoglu | صباح الدين جاقماق أوغلو |
2002-11-18 | Vecdi Gonul | وجدي غونول |
2011-07-06 | Ismet Yilmaz | عصمت يلماز |
2015-08-28 | Vecdi Gonul
2016-05-24 | Fikri Isik | فكري إيشيك |
2017-07-19 | Nurettin Canikli | نور الدين جانيكلي |
2018-07-10 | Hulusi Akar | خلوصي أكار | أكار
2023-06-04 | Yasar Guler | يشار غولر | غولر

@ TUR interior_minister GOV
1999-05-28 | Sadettin Tantan | سعد الدين تانتان |
2001-06 | Rustu Kazim Yucelen | رشدي كاظم يوجالن |
2002-08 | Muzaffer Ecemis | مظفر أجميش |
2002-11-18 | Abdulkadir Aksu | عبد القادر أكسو |
2007-08-29 | Besir Atalay | بشير أطالاي |
2011-07-06 | Idris Naim Sahin | إدريس نعيم شاهين |
2013-01-24 | Muammer Guler | معمر غولر |
2013-12-26 | Efkan Ala | أفكان آلا |
2015-08-28 | Selami Altinok | سلامي ألتينوك |
2015-11-24 | Efkan Ala
2016-08-31 | Suleyman Soylu | سليمان صويلو | صويلو
2023-06-04 | Ali Yerlikaya | علي يرلي كايا |

@ TUR finance_minister GOV
2002-11-18 | Kemal Unakitan | كمال أوناكيتان |
2009-05-01 | Mehmet Simsek | محمد شيمشك | شيمشك
2015-11-24 | Naci Agbal | ناجي أغبال | أغبال
2018-07-10 | Berat Albayrak | برات ألبيرق | ألبيرق
2020-11-10 | Lutfi Elvan | لطفي ألوان |
2021-12-02 | Nureddin Nebati | نور الدين نباتي |
2023-06-04 | Mehmet Simsek

@ TUR parliament_speaker LEG
1999-05 | Yildirim Akbulut | يلدريم أقبولوت |
2000-10 | Omer Izgi | عمر إزغي |
2002-11-19 | Bulent Arinc | بولنت أرينتش | أرينتش
2007-08-09 | Koksal Toptan | كوكسال توبتان |
2009-08-05 | Mehmet Ali Sahin | محمد علي شاهين |
2011-07-04 | Cemil Cicek | جميل تشيتشك |
2015-07-01 | Ismet Yilmaz
2015-11-22 | Ismail Kahraman | إسماعيل قهرمان |
2018-07-12 | Binali Yildirim | | | end=2019-02-18
2019-02-24 | Mustafa Sentop | مصطفى شنطوب |
2023-06-07 | Numan Kurtulmus | نعمان كورتولموش | كورتولموش

@ TUR presidency_spokesperson GOV
2014-12 | Ibrahim Kalin | إبراهيم قالن | قالن
2023-06-05 | -

@ TUR spokesperson GOV note=director_of_communications
2018-07 | Fahrettin Altun | فخر الدين ألطون | ألطون

@ TUR spokesperson PTY org=mrs:org:akp
2018-08 | Omer Celik | عمر جليك |

@ TUR foreign_ministry_spokesperson GOV
2016-03 | Huseyin Muftuoglu | حسين مفتي أوغلو |
2018-01 | Hami Aksoy | حامي أقصوي |
2021-10 | Tanju Bilgic | تانجو بيلغيتش |
2023-11 | Oncu Keceli | أونجو كتشلي |

@ TUR intelligence_chief SPY org=mrs:org:tur-mit
2005-06 | Emre Taner | أمره تانر |
2010-05-27 | Hakan Fidan
2023-06-05 | Ibrahim Kalin

@ TUR army_chief MIL
1998-08-30 | Huseyin Kivrikoglu | حسين كفريك أوغلو |
2002-08-28 | Hilmi Ozkok | حلمي أوزكوك |
2006-08-28 | Yasar Buyukanit | يشار بيوك أنيت |
2008-08-28 | Ilker Basbug | إلكر باشبوغ |
2010-08-30 | Isik Kosaner | إيشيك كوشانر | | end=2011-07-29
2011-08-04 | Necdet Ozel | نجدت أوزال |
2015-08-18 | Hulusi Akar
2018-07-10 | Yasar Guler
2023-06-05 | Metin Gurak | متين غوراك |

@ TUR central_bank_governor GOV
2001-03 | Sureyya Serdengecti | ثريا سردنغتشتي |
2006-04 | Durmus Yilmaz | دورموش يلماز |
2011-04 | Erdem Basci | أردم باشتشي |
2016-04 | Murat Cetinkaya | مراد جتين كايا |
2019-07-06 | Murat Uysal | مراد أويسال |
2020-11-07 | Naci Agbal
2021-03-20 | Sahap Kavcioglu | شهاب قاوجي أوغلو |
2023-06-09 | Hafize Gaye Erkan | حفيظة غاية أركان | | f
2024-02-03 | Fatih Karahan | فاتح كاراهان |

@ TUR party_leader PTY org=mrs:org:akp
2001-08-14 | Recep Tayyip Erdogan
2014-08-27 | Ahmet Davutoglu
2016-05-22 | Binali Yildirim
2017-05-21 | Recep Tayyip Erdogan

@ TUR party_leader PTY org=mrs:org:chp
1992-09 | Deniz Baykal | دنيز بايكال |
2010-05-22 | Kemal Kilicdaroglu | كمال كليجدار أوغلو | كليجدار أوغلو
2023-11-05 | Ozgur Ozel | أوزغور أوزيل | أوزيل

@ TUR party_leader PTY org=mrs:org:mhp
1997-07-06 | Devlet Bahceli | دولت بهتشلي | بهتشلي

@ TUR party_leader PTY org=mrs:org:iyi
2017-10-25 | Meral Aksener | ميرال أكشنار | أكشنار | f
2024-04-27 | Musavat Dervisoglu | مساوات درويش أوغلو |

@ TUR party_leader PTY org=mrs:org:hdp
2014-06 | Selahattin Demirtas | صلاح الدين دميرطاش | دميرطاش | # co-chair
2018-02 | Sezai Temelli | سزاي تميلي |
2020-02 | Mithat Sancar | مدحت سنجار |

@ TUR party_leader PTY org=mrs:org:deva
2020-03-09 | Ali Babacan

@ TUR party_leader PTY org=mrs:org:future-tur
2019-12-13 | Ahmet Davutoglu

@ TUR armed_group_leader REB org=mrs:org:pkk
1978-11-27 | Abdullah Ocalan | عبد الله أوجلان | أوجلان
2025-05-12 | - # the PKK announced its dissolution

@ TUR party_leader REL org=mrs:org:gulen
1970 | Fethullah Gulen | فتح الله غولن | غولن | end=2024-10-20
@ IRN national_security_adviser GOV note=secretary_of_the_Supreme_National_Security_Council
1989-10-14 | Hassan Rouhani
2005-08-15 | Ali Larijani
2007-10-20 | Saeed Jalili | سعيد جليلي | جليلي
2013-09-10 | Ali Shamkhani
2023-05-22 | Ali Akbar Ahmadian | علي أكبر أحمديان |
2025-08-05 | Ali Larijani | | | end=2026-03-17 # killed in a strike (public news reports)

@ IRN oil_minister GOV
1997-08-20 | Bijan Namdar Zanganeh | بيجن زنغنه | زنغنه | end=2005-08-24
2005-11 | Kazem Vaziri Hamaneh | كاظم وزيري هامانه | | end=2007-08
2007-08 | Gholam-Hossein Nozari | غلام حسين نوذري | | end=2009-09
2009-09 | Masoud Mir Kazemi | مسعود مير كاظمي | | end=2011-05
2011-08 | Rostam Ghasemi | رستم قاسمي | | end=2013-08-15
2013-08-15 | Bijan Namdar Zanganeh | | | end=2021-08-25
2021-08-25 | Javad Owji | جواد أوجي | | end=2024-08-21
2024-08-21 | Mohsen Paknejad | محسن باك نجاد |

@ IRN army_spokesperson MIL note=spokesman_of_the_armed_forces
2016 | Abolfazl Shekarchi | أبو الفضل شكارجي |

@ IRN ambassador GOV org=Q1065 note=permanent_representative_to_the_UN
2014 | Gholamali Khoshroo | غلام علي خوشرو | | end=2019
2019 | Majid Takht-Ravanchi | مجيد تخت روانجي | | end=2022
2022-09 | Amir Saeid Iravani | أمير سعيد إيرواني | إيرواني

@ TUR minister GOV note=minister_of_energy
2015-11-24 | Berat Albayrak | | | end=2018-07-10
2018-07-10 | Fatih Donmez | فاتح دونماز | | end=2023-06-04
2023-06-04 | Alparslan Bayraktar | ألب أرسلان بيرقدار |
@ IRN chief_justice JUD note=head_of_the_judiciary
1999-08 | Mahmoud Hashemi Shahroudi | محمود هاشمي شاهرودي |
2009-08 | Sadegh Larijani | صادق لاريجاني | | # Sadegh Amoli Larijani
2019-03-07 | Ebrahim Raisi
2021-07-01 | Gholam-Hossein Mohseni-Eje'i

@ TUR justice_minister GOV
2002-11-18 | Cemil Cicek
2007-08-29 | Mehmet Ali Sahin
2009-05-01 | Sadullah Ergin | سعد الله أرغين |
2013-12-26 | Bekir Bozdag | بكير بوزداغ | بوزداغ
2015-08-28 | Kenan Ipek | كنعان إيبك |
2015-11-24 | Bekir Bozdag
2017-07-19 | Abdulhamit Gul | عبد الحميد غول |
2022-01-29 | Bekir Bozdag
2023-06-04 | Yilmaz Tunc | يلماز تونتش |
"""
