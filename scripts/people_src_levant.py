# ruff: noqa: E501  (a data table: one holder per line)
"""Office successions of the Levant and Iraq (SYR, LBN, JOR, PSE, ISR, IRQ); see people_build.py."""

TABLE = r"""
@ SYR head_of_state GOV
1971-03-14 | Hafez al-Assad | حافظ الأسد | الأسد
2000-06-10 | Abdul Halim Khaddam | عبد الحليم خدام | خدام | acting
2000-07-17 | Bashar al-Assad | بشار الأسد, بشار حافظ الأسد | الأسد | Q44329
2024-12-08 | Ahmed al-Sharaa | أحمد الشرع, أحمد حسين الشرع, أبو محمد الجولاني, محمد الجولاني | الشرع, الجولاني | de-facto # leader of the caretaker authority after the fall of Assad
2025-01-29 | Ahmed al-Sharaa | | | # president for the transitional period

@ SYR head_of_government GOV
1987-11-01 | Mahmoud Zuabi | محمود الزعبي | الزعبي
2000-03-07 | Muhammad Mustafa Mero | محمد مصطفى ميرو | ميرو
2003-09-10 | Muhammad Naji al-Otari | محمد ناجي عطري, محمد ناجي العطري | العطري
2011-04-14 | Adel Safar | عادل سفر | سفر
2012-06-23 | Riyad Farid Hijab | رياض حجاب, رياض فريد حجاب | حجاب
2012-08-06 | Omar Ibrahim Ghalawanji | عمر غلاونجي, عمر إبراهيم غلاونجي | غلاونجي | acting
2012-08-09 | Wael Nader al-Halqi | وائل الحلقي, وائل نادر الحلقي | الحلقي
2016-07-03 | Imad Khamis | عماد خميس | خميس
2020-06-11 | Hussein Arnous | حسين عرنوس | عرنوس | acting
2020-08-30 | Hussein Arnous
2024-09-14 | Mohammad Ghazi al-Jalali | محمد غازي الجلالي | الجلالي
2024-12-10 | Mohammed al-Bashir | محمد البشير | | # caretaker government
2025-03-29 | -

@ SYR vice_president GOV
1984-03-11 | Abdul Halim Khaddam | | | end=2005-06-06
1984-03-11 | Zuhair Masharqa | زهير مشارقة | مشارقة | end=2006-02-11 approx
2006-02-11 | Farouk al-Sharaa | فاروق الشرع | | end=2014-07 approx
2006-03-23 | Najah al-Attar | نجاح العطار | العطار | f end=2024-12-08
2024-09-23 | Faisal Mekdad | | | end=2024-12-08 # vice president for foreign and information policies

@ SYR foreign_minister GOV
1984-03-11 | Farouk al-Sharaa
2006-02-11 | Walid Muallem | وليد المعلم | المعلم | end=2020-11-16
2020-11-22 | Faisal Mekdad | فيصل المقداد | المقداد
2024-09-23 | Bassam Sabbagh | بسام صباغ | | end=2024-12-08 # Jalali government
2024-12-21 | Asaad al-Shaibani | أسعد الشيباني, أسعد حسن الشيباني | الشيباني

@ SYR defence_minister GOV
1972-03 | Mustafa Tlass | مصطفى طلاس | طلاس
2004-05-11 | Hassan Turkmani | حسن تركماني | تركماني
2009-06-03 | Ali Habib Mahmud | علي حبيب, علي حبيب محمود |
2011-08-08 | Dawoud Rajiha | داود راجحة | راجحة | end=2012-07-18
2012-07-18 | Fahd Jassem al-Freij | فهد جاسم الفريج | الفريج
2018-01-01 | Ali Abdullah Ayyoub | علي عبد الله أيوب, علي أيوب | أيوب
2022-04-28 | Ali Mahmoud Abbas | علي محمود عباس | | end=2024-12-08
2024-12-21 | Murhaf Abu Qasra | مرهف أبو قصرة, أبو الحسن الحموي | أبو قصرة

@ SYR interior_minister GOV
1987 | Mohammad Harba | محمد حربا |
2001-12 | Ali Hammoud | علي حمود |
2004-10-04 | Ghazi Kanaan | غازي كنعان | كنعان | end=2005-10-12
2005-10-12 | Bassam Abdel Majeed | بسام عبد المجيد | | approx
2009-04 | Said Sammour | سعيد سمور |
2011-04-14 | Mohammad Ibrahim al-Shaar | محمد الشعار, محمد إبراهيم الشعار | الشعار
2018-11-26 | Mohammad Khaled al-Rahmoun | محمد خالد الرحمون, محمد الرحمون | الرحمون | end=2024-12-08
2024-12-10 | Ali Keda | علي كده |
2025-03-29 | Anas Khattab | أنس خطاب | خطاب

@ SYR finance_minister GOV
2003-09 | Mohammad al-Hussein | محمد الحسين |
2011-04-14 | Mohammad al-Jleilati | محمد الجليلاتي |
2012-06 | Ismail Ismail | إسماعيل إسماعيل |
2016-07 | Maamoun Hamdan | مأمون حمدان |
2020-08-30 | Kenan Yaghi | كنان ياغي |
2024-12-10 | Mohammed Abazeed | محمد أبازيد |
2025-03-29 | Mohammed Yisr Barnieh | محمد يسر برنية | برنية

@ SYR parliament_speaker LEG
1988 | Abdul Qader Qaddura | عبد القادر قدورة |
2003-03 | Mahmoud al-Abrash | محمود الأبرش |
2012-05 | Mohammad Jihad al-Laham | محمد جهاد اللحام | اللحام
2016-06-06 | Hadiya Khalaf Abbas | هدية عباس, هدية خلف عباس | | f
2017-09-28 | Hammouda Sabbagh | حمودة صباغ | صباغ
2024-12-08 | -

@ SYR army_chief MIL
1998 | Ali Aslan | علي أصلان |
2002 | Hassan Turkmani
2004-05 | Ali Habib Mahmud
2009-06 | Dawoud Rajiha
2011-08 | Fahd Jassem al-Freij
2012-07 | Ali Abdullah Ayyoub
2018-01 | Salim Harba | سليم حربا |
2019 | Abdul Karim Mahmoud Ibrahim | عبد الكريم محمود إبراهيم |
2024-12-08 | -
2024-12-30 | Ali Nour al-Din al-Naasan | علي نور الدين النعسان | النعسان

@ SYR intelligence_chief SPY org=mrs:org:syr-gid
2005 | Ali Mamlouk | علي مملوك | مملوك
2012-07 | Mohammed Dib Zaitoun | محمد ديب زيتون | زيتون
2019-07 | Hossam Louka | حسام لوقا |
2024-12-08 | -
2024-12-26 | Anas Khattab

@ SYR intelligence_chief SPY org=mrs:org:syr-nsb
2012-07 | Ali Mamlouk
2024-12-08 | -

@ SYR intelligence_chief SPY org=mrs:org:syr-mi
2005 | Assef Shawkat | آصف شوكت | شوكت
2009 | Abdul-Fatah Qudsiyeh | عبد الفتاح قدسية |
2012-07 | Rafiq Shahadah | رفيق شحادة |
2015 | Mohammad Mahalla | محمد محلا |
2016 | Kifah Moulhem | كفاح ملحم |
2024-12-08 | -

@ SYR armed_group_leader REB org=mrs:org:hts
2012-01 | Ahmed al-Sharaa | | | # al-Nusra Front, then Jabhat Fatah al-Sham (2016) and HTS (2017)
2025-01-29 | -

@ SYR armed_group_leader REB org=mrs:org:sdf
2015-10 | Mazloum Abdi | مظلوم عبدي, مظلوم كوباني | عبدي

@ SYR armed_group_leader REB org=mrs:org:fsa
2011-07-29 | Riad al-Asaad | رياض الأسعد | الأسعد
2012-12 | Salim Idris | سليم إدريس |
2014-02 | Abdul-Ilah al-Bashir | عبد الإله البشير |

@ SYR armed_group_leader REB org=mrs:org:jaysh-islam
2011-09 | Zahran Alloush | زهران علوش | علوش
2015-12-25 | Essam al-Buwaydhani | عصام بويضاني, أبو همام البويضاني | بويضاني

@ SYR armed_group_leader REB org=mrs:org:ahrar-sham
2011-11 | Hassan Aboud | حسان عبود, أبو عبد الله الحموي |
2014-09-09 | Hashem al-Sheikh | هاشم الشيخ, أبو جابر الشيخ |
2015-09 | Mohannad al-Masri | مهند المصري, أبو يحيى الحموي |
2016-11 | Ali al-Omar | علي العمر |
2017-08 | Hassan Soufan | حسن صوفان |
2018 | Jaber Ali Pasha | جابر علي باشا |
2020 | Amer al-Sheikh | عامر الشيخ |

@ SYR armed_group_leader REB org=mrs:org:sna
2019-10 | Salim Idris | | | # SIG defence minister commanding the SNA
2023-06 | Hassan Hamada | حسن حمادة |
2025-01-29 | -

@ SYR party_leader OPP org=mrs:org:snc-council
2011-10-02 | Burhan Ghalioun | برهان غليون | غليون
2012-06-10 | Abdulbaset Sieda | عبد الباسط سيدا | سيدا
2012-11-09 | George Sabra | جورج صبرا | صبرا

@ SYR party_leader OPP org=mrs:org:snc-coalition
2012-11-11 | Moaz al-Khatib | معاذ الخطيب, أحمد معاذ الخطيب | الخطيب
2013-04-22 | George Sabra | | | acting
2013-07-06 | Ahmad Jarba | أحمد الجربا, أحمد عاصي الجربا | الجربا
2014-07-09 | Hadi al-Bahra | هادي البحرة | البحرة
2015-01-05 | Khaled Khoja | خالد خوجة | خوجة
2016-03-06 | Anas al-Abdah | أنس العبدة | العبدة
2017-05-06 | Riad Seif | رياض سيف |
2018-05-05 | Abdulrahman Mustafa | عبد الرحمن مصطفى |
2019-07-12 | Anas al-Abdah
2020-07-12 | Naser al-Hariri | نصر الحريري |
2021-07-12 | Salem al-Meslet | سالم المسلط | المسلط
2023-09-12 | Hadi al-Bahra

@ SYR party_leader OPP org=mrs:org:snc-negotiation
2015-12-10 | Riyad Farid Hijab | | | # general coordinator of the High Negotiations Committee
2017-11-24 | Naser al-Hariri
2019-06 | Anas al-Abdah
2021 | Badr Jamous | بدر جاموس |

@ SYR party_leader PTY org=mrs:org:baath-syr
2000-06-20 | Bashar al-Assad | | | # Secretary General of the Baath Party
2024-12-08 | -

@ LBN head_of_state GOV
1998-11-24 | Emile Lahoud | إميل لحود | لحود
2007-11-23 | -
2008-05-25 | Michel Suleiman | ميشال سليمان | سليمان
2014-05-25 | -
2016-10-31 | Michel Aoun | ميشال عون | عون
2022-10-30 | -
2025-01-09 | Joseph Aoun | جوزاف عون, جوزيف عون | عون

@ LBN head_of_government GOV
1998-12-04 | Salim al-Hoss | سليم الحص | الحص
2000-10-26 | Rafic Hariri | رفيق الحريري | الحريري
2004-10-26 | Omar Karami | عمر كرامي | كرامي
2005-04-19 | Najib Mikati | نجيب ميقاتي | ميقاتي
2005-07-19 | Fouad Siniora | فؤاد السنيورة | السنيورة
2009-11-09 | Saad Hariri | سعد الحريري, سعد الدين الحريري | الحريري
2011-06-13 | Najib Mikati
2014-02-15 | Tammam Salam | تمام سلام |
2016-12-18 | Saad Hariri
2020-01-21 | Hassan Diab | حسان دياب | دياب
2021-09-10 | Najib Mikati
2025-02-08 | Nawaf Salam | نواف سلام |

@ LBN foreign_minister GOV
1998-12-04 | Salim al-Hoss
2000-10-26 | Mahmoud Hammoud | محمود حمود |
2003-04-17 | Jean Obeid | جان عبيد |
2004-10-26 | Mahmoud Hammoud
2005-07-19 | Fawzi Salloukh | فوزي صلوخ | صلوخ
2009-11-09 | Ali Shami | علي الشامي |
2011-06-13 | Adnan Mansour | عدنان منصور |
2014-02-15 | Gebran Bassil | جبران باسيل | باسيل
2020-01-21 | Nassif Hitti | ناصيف حتي | حتي
2020-08-03 | Charbel Wehbe | شربل وهبة |
2021-05-19 | Zeina Akar | زينة عكر | عكر | f acting
2021-09-10 | Abdallah Bou Habib | عبد الله بو حبيب | بو حبيب
2025-02-08 | Youssef Rajji | يوسف رجي | رجي

@ LBN defence_minister GOV
1998-12-04 | Ghazi Zaiter | غازي زعيتر | زعيتر
2000-10-26 | Khalil Hrawi | خليل الهراوي |
2003-04-17 | Mahmoud Hammoud
2004-10-26 | Abdul Rahim Mrad | عبد الرحيم مراد |
2005-04-19 | Elias Murr | إلياس المر, الياس المر | المر
2011-06-13 | Fayez Ghosn | فايز غصن |
2014-02-15 | Samir Mokbel | سمير مقبل |
2016-12-18 | Yacoub Sarraf | يعقوب الصراف |
2019-01-31 | Elias Bou Saab | إلياس بو صعب, الياس بو صعب | بو صعب
2020-01-21 | Zeina Akar
2021-09-10 | Maurice Slim | موريس سليم |
2025-02-08 | Michel Menassa | ميشال منسى |

@ LBN interior_minister GOV
1998-12-04 | Michel Murr | ميشال المر |
2000-10-26 | Elias Murr
2004-10-26 | Suleiman Frangieh | سليمان فرنجية | فرنجية
2005-04-19 | Hassan Sabaa | حسن السبع |
2008-07-11 | Ziyad Baroud | زياد بارود | بارود
2011-06-13 | Marwan Charbel | مروان شربل |
2014-02-15 | Nohad Machnouk | نهاد المشنوق | المشنوق
2019-01-31 | Raya El Hassan | ريا الحسن | | f
2020-01-21 | Mohammed Fahmi | محمد فهمي |
2021-09-10 | Bassam Mawlawi | بسام مولوي | مولوي
2025-02-08 | Ahmad al-Hajjar | أحمد الحجار |

@ LBN finance_minister GOV
1998-12-04 | Georges Corm | جورج قرم |
2000-10-26 | Fouad Siniora
2004-10-26 | Elias Saba | إلياس سابا |
2005-04-19 | Damianos Kattar | دميانوس قطار |
2005-07-19 | Jihad Azour | جهاد أزعور | أزعور
2008-07-11 | Mohammad Chatah | محمد شطح |
2009-11-09 | Raya El Hassan
2011-06-13 | Mohammad Safadi | محمد الصفدي |
2014-02-15 | Ali Hassan Khalil | علي حسن خليل |
2020-01-21 | Ghazi Wazni | غازي وزني |
2021-09-10 | Youssef Khalil | يوسف خليل |
2025-02-08 | Yassine Jaber | ياسين جابر |

@ LBN parliament_speaker LEG
1992-10-20 | Nabih Berri | نبيه بري | بري

@ LBN army_chief MIL
1998-12-21 | Michel Suleiman
2008-05-25 | -
2008-08-29 | Jean Kahwaji | جان قهوجي | قهوجي
2017-03-08 | Joseph Aoun
2025-01-09 | -
2025-03-13 | Rodolphe Haykal | رودولف هيكل | هيكل

@ LBN central_bank_governor GOV
1993-08-01 | Riad Salameh | رياض سلامة |
2023-07-31 | Wassim Mansouri | وسيم منصوري | منصوري | acting
2025-04 | Karim Souaid | كريم سعيد |

@ LBN intelligence_chief SPY org=mrs:org:lbn-gs
1998 | Jamil al-Sayyed | جميل السيد |
2005-07 | Wafiq Jizzini | وفيق جزيني |
2011-07 | Abbas Ibrahim | عباس إبراهيم |
2023-03 | Elias al-Baysari | إلياس البيسري | | acting

@ LBN armed_group_leader REB org=mrs:org:hezbollah
1992-02-16 | Hassan Nasrallah | حسن نصر الله, السيد حسن نصر الله | نصر الله | end=2024-09-27
2024-10-29 | Naim Qassem | نعيم قاسم | قاسم

@ LBN party_leader PTY org=mrs:org:amal
1980-04 | Nabih Berri

@ LBN party_leader PTY org=mrs:org:future
1995 | Rafic Hariri | | | end=2005-02-14
2005-04-20 | Saad Hariri

@ LBN party_leader PTY org=mrs:org:lf
2005-07-26 | Samir Geagea | سمير جعجع | جعجع

@ LBN party_leader PTY org=mrs:org:fpm
2005-05 | Michel Aoun
2015-08-27 | Gebran Bassil

@ LBN party_leader PTY org=mrs:org:psp
1977-03 | Walid Jumblatt | وليد جنبلاط | جنبلاط
2023-06-25 | Taymour Jumblatt | تيمور جنبلاط |

@ LBN party_leader PTY org=mrs:org:kataeb
2007-02 | Amine Gemayel | أمين الجميل | الجميل
2015-06-14 | Sami Gemayel | سامي الجميل |

@ LBN party_leader PTY org=mrs:org:marada
1991 | Suleiman Frangieh

@ JOR head_of_state GOV
1999-02-07 | Abdullah II of Jordan | عبد الله الثاني, الملك عبد الله الثاني, عبد الله الثاني بن الحسين | | # King

@ JOR crown_prince GOV
1999-02-07 | Hamzah bin Hussein | الأمير حمزة بن الحسين, حمزة بن الحسين |
2004-11-28 | -
2009-07-02 | Hussein bin Abdullah | الأمير الحسين بن عبد الله, الحسين بن عبد الله, ولي العهد الأمير الحسين |

@ JOR head_of_government GOV
1999-03-04 | Abdul Raouf al-Rawabdeh | عبد الرؤوف الروابدة | الروابدة
2000-06-19 | Ali Abu al-Ragheb | علي أبو الراغب | أبو الراغب
2003-10-25 | Faisal al-Fayez | فيصل الفايز | الفايز
2005-04-07 | Adnan Badran | عدنان بدران | بدران
2005-11-27 | Marouf al-Bakhit | معروف البخيت | البخيت
2007-11-25 | Nader al-Dahabi | نادر الذهبي | الذهبي
2009-12-14 | Samir Rifai | سمير الرفاعي | الرفاعي
2011-02-09 | Marouf al-Bakhit
2011-10-24 | Awn Khasawneh | عون الخصاونة |
2012-05-02 | Fayez al-Tarawneh | فايز الطراونة | الطراونة
2012-10-11 | Abdullah Ensour | عبد الله النسور | النسور
2016-06-01 | Hani Mulki | هاني الملقي | الملقي
2018-06-14 | Omar Razzaz | عمر الرزاز | الرزاز
2020-10-12 | Bisher Khasawneh | بشر الخصاونة | الخصاونة
2024-09-18 | Jafar Hassan | جعفر حسان |

@ JOR foreign_minister GOV
1998-08 | Abdul Ilah Khatib | عبد الإله الخطيب |
2002-01-04 | Marwan Muasher | مروان المعشر | المعشر
2004-10-25 | Hani Mulki
2005-04-07 | Farouk Kasrawi | فاروق القصراوي |
2005-11-27 | Abdul Ilah Khatib
2007-11-25 | Salaheddine al-Bashir | صلاح الدين البشير |
2009-02-23 | Nasser Judeh | ناصر جودة | جودة
2017-01-15 | Ayman Safadi | أيمن الصفدي | الصفدي

@ JOR interior_minister GOV
2011-10-24 | Mohammad al-Raud | محمد الرعود |
2013-03 | Hussein Majali | حسين المجالي |
2015-05 | Salameh Hammad | سلامة حماد |
2017-01 | Ghaleb Zu'bi | غالب الزعبي |
2018-06-14 | Samir Mubaideen | سمير المبيضين |
2020-10-12 | Tawfiq Halalmeh | توفيق الحلالمة |
2020-11 | Samir Mubaideen
2021-03 | Mazen Faraya | مازن الفراية | الفراية

@ JOR army_chief MIL
2002 | Khaled Jamil al-Sarayreh | خالد جميل الصرايرة |
2010-10 | Mashal al-Zaben | مشعل الزبن |
2016-07 | Mahmoud Freihat | محمود فريحات |
2019-08 | Yousef Huneiti | يوسف الحنيطي | الحنيطي

@ JOR intelligence_chief SPY org=mrs:org:syr-gid
2000 | Saad Kheir | سعد خير |
2005 | Mohammad Dahabi | محمد الذهبي |
2008-12 | Mohammad Raqqad | محمد الرقاد |
2011-10 | Faisal al-Shoubaki | فيصل الشوبكي |
2017-05 | Adnan al-Jundi | عدنان الجندي |
2019-05 | Ahmad Husni | أحمد حسني |

@ PSE head_of_state GOV
1994-07-05 | Yasser Arafat | ياسر عرفات, أبو عمار | عرفات | Q34211 # President of the Palestinian National Authority
2004-11-11 | Rawhi Fattouh | روحي فتوح | فتوح | acting
2005-01-15 | Mahmoud Abbas | محمود عباس, أبو مازن | عباس | Q127998

@ PSE head_of_government GOV
2003-03-19 | Mahmoud Abbas
2003-10-07 | Ahmed Qurei | أحمد قريع, أبو علاء | قريع
2006-03-29 | Ismail Haniyeh | إسماعيل هنية | هنية | end=2007-06-14
2007-06-15 | Salam Fayyad | سلام فياض | فياض
2013-06-06 | Rami Hamdallah | رامي الحمد الله | الحمد الله
2019-04-14 | Mohammad Shtayyeh | محمد اشتية | اشتية
2024-03-31 | Mohammad Mustafa | محمد مصطفى |

@ PSE foreign_minister GOV
2003-04 | Nabil Shaath | نبيل شعث | شعث
2005-02 | Nasser al-Kidwa | ناصر القدوة | القدوة
2006-03-29 | Mahmoud al-Zahar | محمود الزهار | الزهار
2007-03-17 | Ziad Abu Amr | زياد أبو عمرو |
2007-06-15 | Riyad al-Maliki | رياض المالكي |
2024-03-31 | Mohammad Mustafa
2025-03 | Varsen Aghabekian | فارسين أغابكيان, فارسين أغابكيان شاهين | | f

@ PSE party_leader PTY org=mrs:org:fatah
1959 | Yasser Arafat | | | end=2004-11-11
2004-11-11 | Farouk Kaddoumi | فاروق القدومي, أبو اللطف | القدومي
2009-08-08 | Mahmoud Abbas

@ PSE party_leader PTY org=mrs:org:hamas # head of the political bureau
1996 | Khaled Mashal | خالد مشعل | مشعل
2017-05-06 | Ismail Haniyeh | | | end=2024-07-31
2024-08-06 | Yahya Sinwar | يحيى السنوار | السنوار | end=2024-10-16

@ PSE armed_group_leader REB org=mrs:org:hamas # founder and leader in Gaza
1987-12 | Ahmed Yassin | أحمد ياسين, الشيخ أحمد ياسين | | end=2004-03-22
2004-03-23 | Abdel Aziz al-Rantisi | عبد العزيز الرنتيسي | الرنتيسي | end=2004-04-17
2017-02-13 | Yahya Sinwar | | | # leader in Gaza

@ PSE armed_group_leader REB org=mrs:org:qassam
2002-07 | Mohammed Deif | محمد الضيف | الضيف | end=2024-07-13
2024-07-13 | Mohammed Sinwar | محمد السنوار | | end=2025-05-13

@ PSE armed_group_leader REB org=mrs:org:pij
1995-10 | Ramadan Shalah | رمضان شلح, رمضان عبد الله شلح | شلح
2018-09-28 | Ziyad al-Nakhalah | زياد النخالة | النخالة

@ PSE party_leader PTY org=mrs:org:pflp
2000-07 | Abu Ali Mustafa | أبو علي مصطفى | | end=2001-08-27
2001-10-03 | Ahmad Saadat | أحمد سعدات | سعدات

@ ISR head_of_state GOV
1993-05-13 | Ezer Weizman | عيزر وايزمان | وايزمان
2000-07-13 | Avraham Burg | أبراهام بورغ, أفراهام بورغ | | acting
2000-08-01 | Moshe Katsav | موشيه كتساف | كتساف
2007-01-25 | Dalia Itzik | داليا إيتسيك | | f acting
2007-07-15 | Shimon Peres | شمعون بيريز | بيريز
2014-07-24 | Reuven Rivlin | رؤوفين ريفلين | ريفلين
2021-07-07 | Isaac Herzog | إسحاق هرتسوغ, يتسحاق هرتسوغ | هرتسوغ

@ ISR head_of_government GOV
1999-07-06 | Ehud Barak | إيهود باراك | باراك
2001-03-07 | Ariel Sharon | أرييل شارون, آرئيل شارون | شارون
2006-01-04 | Ehud Olmert | إيهود أولمرت | أولمرت | acting
2006-04-14 | Ehud Olmert
2009-03-31 | Benjamin Netanyahu | بنيامين نتنياهو, بنيامين نتانياهو, بيبي | نتنياهو | Q43723
2021-06-13 | Naftali Bennett | نفتالي بينيت | بينيت
2022-07-01 | Yair Lapid | يائير لابيد | لابيد
2022-12-29 | Benjamin Netanyahu

@ ISR foreign_minister GOV
1999-07-06 | David Levy | ديفيد ليفي |
2000-08-04 | Shlomo Ben-Ami | شلومو بن عامي | بن عامي | acting
2001-03-07 | Shimon Peres
2002-11-06 | Benjamin Netanyahu
2003-02-28 | Silvan Shalom | سيلفان شالوم | شالوم
2006-01-18 | Tzipi Livni | تسيبي ليفني | ليفني | f
2009-03-31 | Avigdor Lieberman | أفيغدور ليبرمان | ليبرمان
2012-12-18 | Benjamin Netanyahu | | | acting
2013-11-11 | Avigdor Lieberman
2015-05-14 | Benjamin Netanyahu
2019-02-17 | Israel Katz | يسرائيل كاتس, إسرائيل كاتس | كاتس
2020-05-17 | Gabi Ashkenazi | غابي أشكنازي | أشكنازي
2021-06-13 | Yair Lapid
2022-12-29 | Eli Cohen | إيلي كوهين |
2024-01-01 | Israel Katz
2024-11-05 | Gideon Sa'ar | جدعون ساعر | ساعر

@ ISR defence_minister GOV
1999-07-06 | Ehud Barak
2001-03-07 | Binyamin Ben-Eliezer | بنيامين بن إليعازر | بن إليعازر
2002-11-04 | Shaul Mofaz | شاؤول موفاز | موفاز
2006-05-04 | Amir Peretz | عمير بيرتس | بيرتس
2007-06-18 | Ehud Barak
2013-03-18 | Moshe Ya'alon | موشيه يعالون | يعالون
2016-05-30 | Avigdor Lieberman
2018-11-18 | Benjamin Netanyahu
2019-11-12 | Naftali Bennett
2020-05-17 | Benny Gantz | بيني غانتس | غانتس
2022-12-29 | Yoav Gallant | يوآف غالانت | غالانت
2024-11-05 | Israel Katz

@ ISR finance_minister GOV
1999-07-06 | Avraham Shochat | أبراهام شوحاط |
2001-03-07 | Silvan Shalom
2003-02-28 | Benjamin Netanyahu
2005-08-09 | Ehud Olmert
2006-05-04 | Avraham Hirschson | أبراهام هيرشزون |
2007-07-04 | Roni Bar-On | روني بار أون |
2009-03-31 | Yuval Steinitz | يوفال شتاينتس | شتاينتس
2013-03-18 | Yair Lapid
2014-12-02 | Benjamin Netanyahu | | | acting
2015-05-14 | Moshe Kahlon | موشيه كحلون | كحلون
2020-05-17 | Israel Katz
2021-06-13 | Avigdor Lieberman
2022-12-29 | Bezalel Smotrich | بتسلئيل سموتريتش | سموتريتش

@ ISR parliament_speaker LEG
1999-06-07 | Avraham Burg
2003-02-17 | Reuven Rivlin
2006-05-04 | Dalia Itzik
2009-03-30 | Reuven Rivlin
2013-03-18 | Yuli Edelstein | يولي إدلشتاين |
2020-03-25 | Benny Gantz
2020-05-17 | Yariv Levin | ياريف ليفين | ليفين
2021-06-14 | Mickey Levy | ميكي ليفي |
2022-12-29 | Amir Ohana | أمير أوحانا | أوحانا

@ ISR army_chief MIL
1998-07-09 | Shaul Mofaz
2002-07-09 | Moshe Ya'alon
2005-06-01 | Dan Halutz | دان حالوتس | حالوتس
2007-02-14 | Gabi Ashkenazi
2011-02-14 | Benny Gantz
2015-02-16 | Gadi Eisenkot | غادي آيزنكوت | آيزنكوت
2019-01-15 | Aviv Kochavi | أفيف كوخافي | كوخافي
2023-01-16 | Herzi Halevi | هرتسي هاليفي | هاليفي
2025-03-05 | Eyal Zamir | إيال زامير | زامير

@ ISR intelligence_chief SPY org=mrs:org:mossad
1998-03 | Efraim Halevy | أفرايم هاليفي |
2002-09 | Meir Dagan | مائير داغان | داغان
2011-01 | Tamir Pardo | تامير باردو |
2016-01 | Yossi Cohen | يوسي كوهين |
2021-06-01 | David Barnea | ديفيد برنياع | برنياع

@ ISR intelligence_chief SPY org=mrs:org:shin-bet
2000-05 | Avi Dichter | آفي ديختر | ديختر
2005-05 | Yuval Diskin | يوفال ديسكين |
2011-05 | Yoram Cohen | يورام كوهين |
2016-05 | Nadav Argaman | نداف أرغمان |
2021-10-13 | Ronen Bar | رونين بار |
2025-06 | -
2025-10 | David Zini | دافيد زيني | | approx

@ ISR army_spokesperson MIL note=IDF_Arabic-language_spokesperson
2005 | Avichay Adraee | أفيخاي أدرعي | أدرعي

@ ISR army_spokesperson MIL org=mrs:org:idf note=IDF_spokesperson
2021 | Ran Kochav | ران كوخاف |
2023-04 | Daniel Hagari | دانيال هاغاري | هاغاري
2025-03 | Effie Defrin | إيفي ديفرين |

@ ISR party_leader PTY org=mrs:org:likud
1999-09 | Ariel Sharon
2005-12-20 | Benjamin Netanyahu

@ ISR party_leader PTY org=mrs:org:kadima
2005-11-24 | Ariel Sharon
2006-01-04 | Ehud Olmert
2008-09-17 | Tzipi Livni
2012-03-27 | Shaul Mofaz

@ ISR party_leader PTY org=mrs:org:yesh-atid
2012-04 | Yair Lapid

@ ISR party_leader PTY org=mrs:org:yisrael-beiteinu
1999 | Avigdor Lieberman

@ ISR party_leader PTY org=mrs:org:shas
1999 | Eli Yishai | إيلي يشاي |
2013-05 | Aryeh Deri | أرييه درعي | درعي

@ ISR party_leader PTY org=mrs:org:rzp
2019 | Bezalel Smotrich

@ ISR party_leader PTY org=mrs:org:otzma
2019 | Itamar Ben-Gvir | إيتمار بن غفير | بن غفير

@ ISR party_leader PTY org=mrs:org:national-unity-isr
2019-02 | Benny Gantz | | | # Blue and White, then National Unity

@ ISR party_leader PTY org=mrs:org:isr-labor
2011-09 | Shelly Yachimovich | شيلي يحيموفيتش | | f
2013-11 | Isaac Herzog
2017-07 | Avi Gabbay | آفي غاباي |
2019-07 | Amir Peretz
2021-01 | Merav Michaeli | ميراف ميخائيلي | | f
2024-05 | Yair Golan | يائير غولان |

@ ISR party_leader PTY org=mrs:org:joint-list
2015-01 | Ayman Odeh | أيمن عودة | عودة

@ ISR party_leader PTY org=mrs:org:ual
2007 | Ibrahim Sarsur | إبراهيم صرصور |
2019 | Mansour Abbas | منصور عباس |

@ IRQ head_of_state GOV
1979-07-16 | Saddam Hussein | صدام حسين, صدام حسين المجيد | صدام | Q1316
2003-04-09 | -
2004-06-28 | Ghazi al-Yawer | غازي الياور | الياور
2005-04-07 | Jalal Talabani | جلال طالباني, جلال الطالباني | طالباني
2014-07-24 | Fuad Masum | فؤاد معصوم | معصوم
2018-10-02 | Barham Salih | برهم صالح | صالح
2022-10-17 | Abdul Latif Rashid | عبد اللطيف رشيد, عبد اللطيف جمال رشيد |
2026-04-11 | Nizar Amedi | نزار آميدي, نزار محمد سعيد آميدي | آميدي | # elected by parliament in a second round (public news reports)

@ IRQ head_of_government GOV
1994-05-29 | Saddam Hussein
2003-04-09 | -
2004-06-28 | Ayad Allawi | إياد علاوي | علاوي
2005-05-03 | Ibrahim al-Jaafari | إبراهيم الجعفري | الجعفري
2006-05-20 | Nouri al-Maliki | نوري المالكي | المالكي
2014-09-08 | Haider al-Abadi | حيدر العبادي | العبادي
2018-10-25 | Adil Abdul-Mahdi | عادل عبد المهدي | عبد المهدي
2020-05-07 | Mustafa al-Kadhimi | مصطفى الكاظمي | الكاظمي
2022-10-27 | Mohammed Shia al-Sudani | محمد شياع السوداني | السوداني

@ IRQ vice_president GOV
1979-07-16 | Taha Yassin Ramadan | طه ياسين رمضان | | end=2003-04-09
1991 | Taha Muhie-eldin Marouf | طه محيي الدين معروف | | end=2003-04-09
2005-04-07 | Adil Abdul-Mahdi | | | end=2011-05
2005-04-07 | Tariq al-Hashimi | طارق الهاشمي | الهاشمي | end=2012-09-09
2011-05 | Khodair al-Khozaei | خضير الخزاعي | | end=2014-09
2014-09-09 | Nouri al-Maliki | | | end=2018-10
2014-09-09 | Osama al-Nujaifi | أسامة النجيفي | النجيفي | end=2018-10
2014-09-09 | Ayad Allawi | | | end=2018-10

@ IRQ foreign_minister GOV
1992 | Mohammed Saeed al-Sahhaf | محمد سعيد الصحاف | الصحاف
2001-04 | Naji Sabri | ناجي صبري | | end=2003-04-09
2003-09-03 | Hoshyar Zebari | هوشيار زيباري | زيباري
2014-09-08 | Ibrahim al-Jaafari
2018-10-25 | Mohamed Ali Alhakim | محمد علي الحكيم |
2020-06-06 | Fuad Hussein | فؤاد حسين |

@ IRQ defence_minister GOV
1995 | Sultan Hashim Ahmad | سلطان هاشم أحمد, سلطان هاشم | | end=2003-04-09
2004-06-28 | Hazim al-Shaalan | حازم الشعلان |
2005-05-03 | Saadoun al-Dulaimi | سعدون الدليمي | الدليمي
2006-06-08 | Abdul Qadir al-Obeidi | عبد القادر العبيدي |
2010-12-21 | Saadoun al-Dulaimi | | | acting
2014-10-18 | Khaled al-Obaidi | خالد العبيدي | | end=2016-08-25
2017-01-30 | Erfan al-Hiyali | عرفان الحيالي |
2018-10-25 | -
2019-06-24 | Najah al-Shammari | نجاح الشمري |
2020-05-07 | Juma Inad | جمعة عناد |
2022-10-27 | Thabet al-Abbasi | ثابت العباسي |

@ IRQ interior_minister GOV
2004-06-28 | Falah al-Naqib | فلاح النقيب |
2005-05-03 | Bayan Jabr | باقر جبر الزبيدي, بيان جبر | الزبيدي
2006-06-08 | Jawad al-Bulani | جواد البولاني | البولاني
2010-12-21 | Nouri al-Maliki | | | acting
2014-10-18 | Mohammed al-Ghabban | محمد الغبان | | end=2016-07-05
2017-01-30 | Qasim al-Araji | قاسم الأعرجي | الأعرجي
2018-10-25 | -
2019-06-24 | Yassin al-Yasiri | ياسين الياسري |
2020-05-07 | Othman al-Ghanimi | عثمان الغانمي | الغانمي
2022-10-27 | Abdul Amir al-Shammari | عبد الأمير الشمري |

@ IRQ finance_minister GOV
2005-05-03 | Ali Allawi | علي علاوي |
2006-05-20 | Bayan Jabr
2010-12-21 | Rafi al-Issawi | رافع العيساوي | العيساوي | end=2013-03-01
2014-09-08 | Hoshyar Zebari | | | end=2016-09-21
2016-09-21 | -
2018-10-25 | Fuad Hussein
2020-05-07 | Ali Allawi | | | end=2022-08-16
2022-10-27 | Taif Sami | طيف سامي | | f

@ IRQ parliament_speaker LEG
2006-04-22 | Mahmoud al-Mashhadani | محمود المشهداني | المشهداني | end=2008-12-23
2009-04-19 | Ayad al-Samarrai | إياد السامرائي | السامرائي
2010-11-11 | Osama al-Nujaifi
2014-07-15 | Salim al-Jabouri | سليم الجبوري | الجبوري
2018-09-15 | Mohamed al-Halbousi | محمد الحلبوسي | الحلبوسي | end=2023-11-14
2024-10-31 | Mahmoud al-Mashhadani
2025-12-29 | Haibat al-Halbousi | هيبت الحلبوسي | | # elected at the first session after the November 2025 election (public news reports)

@ IRQ armed_group_leader REB org=mrs:org:sadrists
2003-06 | Muqtada al-Sadr | مقتدى الصدر, السيد مقتدى الصدر | الصدر | # Mahdi Army, later Saraya al-Salam

@ IRQ armed_group_leader REB org=mrs:org:badr
2002 | Hadi al-Amiri | هادي العامري | العامري

@ IRQ armed_group_leader REB org=mrs:org:pmf
2014-06 | Falih al-Fayyadh | فالح الفياض | الفياض | # chairman
@ IRQ army_chief UAF org=mrs:org:pmf note=deputy_chairman_and_chief_of_staff
2014-06 | Abu Mahdi al-Muhandis | أبو مهدي المهندس, جمال جعفر إبراهيم | المهندس | end=2020-01-03
2020-02 | Abdul Aziz al-Mohammadawi | عبد العزيز المحمداوي, أبو فدك المحمداوي, أبو فدك |

@ IRQ armed_group_leader REB org=mrs:org:asaib
2007 | Qais al-Khazali | قيس الخزعلي | الخزعلي

@ IRQ armed_group_leader REB org=mrs:org:kataib-hezbollah
2007 | Abu Mahdi al-Muhandis
2020-01-03 | Ahmed al-Hamidawi | أحمد الحميداوي, أبو حسين الحميداوي |

@ IRQ armed_group_leader UAF org=Q2429253
2004-10 | Abu Musab al-Zarqawi | أبو مصعب الزرقاوي | الزرقاوي | end=2006-06-07 # al-Qaeda in Iraq
2006-06-12 | Abu Ayyub al-Masri | أبو أيوب المصري | | end=2006-10-15 # al-Qaeda in Iraq, merged into the Islamic State of Iraq
2006-10-15 | Abu Omar al-Baghdadi | أبو عمر البغدادي | | end=2010-04-18 # Islamic State of Iraq
2010-05-16 | Abu Bakr al-Baghdadi | أبو بكر البغدادي, إبراهيم عواد البدري | البغدادي | end=2019-10-27
2019-10-31 | Abu Ibrahim al-Hashimi al-Qurashi | أبو إبراهيم الهاشمي القرشي, أمير محمد سعيد المولى | | end=2022-02-03
2022-03-10 | Abu al-Hasan al-Hashimi al-Qurashi | أبو الحسن الهاشمي القرشي | | end=2022-10-15
2022-11-30 | Abu al-Hussein al-Husseini al-Qurashi | أبو الحسين الحسيني القرشي | | end=2023-04-29
2023-08-03 | Abu Hafs al-Hashimi al-Qurashi | أبو حفص الهاشمي القرشي |

@ IRQ party_leader PTY org=mrs:org:kdp
1979 | Masoud Barzani | مسعود بارزاني, مسعود البارزاني | بارزاني

@ IRQ party_leader PTY org=mrs:org:puk
1975 | Jalal Talabani | | | end=2017-10-03
2020-02 | Bafel Talabani | بافل طالباني |

@ IRQ party_leader PTY org=mrs:org:dawa
2007-05 | Nouri al-Maliki

@ IRQ party_leader PTY org=mrs:org:isci
2003-08-29 | Abdul Aziz al-Hakim | عبد العزيز الحكيم | | end=2009-08-26
2009-09-01 | Ammar al-Hakim | عمار الحكيم | الحكيم
2017-07 | Humam Hamoudi | همام حمودي |

@ IRQ party_leader PTY org=mrs:org:hikma
2017-07-24 | Ammar al-Hakim

@ IRQ party_leader PTY org=mrs:org:ina
1990 | Ayad Allawi

@ IRQ party_leader PTY org=mrs:org:taqaddum
2019 | Mohamed al-Halbousi
@ SYR information_minister GOV
2011-06 | Adnan Mahmoud | عدنان محمود |
2012-06 | Omran al-Zoubi | عمران الزعبي | الزعبي
2016-07-03 | Mohammad Ramez Tourjman | محمد رامز ترجمان |
2020-08-30 | Imad Sara | عماد سارة |
2022-08 | Boutros al-Hallaq | بطرس الحلاق |
2024-12-08 | -
2025-03-29 | Hamza al-Mustafa | حمزة المصطفى |

@ SYR oil_minister GOV
2025-03-29 | Mohammed al-Bashir | | | # minister of energy

@ SYR health_minister GOV
2025-03-29 | Musab al-Ali | مصعب العلي |

@ SYR justice_minister GOV
2025-03-29 | Mazhar al-Wais | مظهر الويس |

@ SYR minister GOV note=minister_of_emergencies_and_disaster_management
2025-03-29 | Raed al-Saleh | رائد الصالح | | # former head of the White Helmets

@ SYR ambassador GOV org=Q1065 note=permanent_representative_to_the_UN
2006-07 | Bashar Jaafari | بشار الجعفري | الجعفري | end=2020-11
2020-11 | Bassam Sabbagh | | | end=2024-09-23
2024-12 | Qusay al-Dahhak | قصي الضحاك | |

@ SYR presidency_spokesperson GOV note=political_and_media_adviser_to_the_president
2008-07 | Bouthaina Shaaban | بثينة شعبان | شعبان | f end=2024-12-08

@ SYR foreign_ministry_spokesperson GOV
2011-05 | Jihad Makdissi | جهاد مقدسي | مقدسي | end=2012-12

@ LBN information_minister GOV
2009-11-09 | Tarek Mitri | طارق متري |
2011-06-13 | Walid Daouk | وليد الداعوق |
2014-02-15 | Ramzi Jreij | رمزي جريج |
2016-12-18 | Melhem Riachi | ملحم رياشي |
2019-01-31 | Jamal Jarrah | جمال الجراح |
2020-01-21 | Manal Abdel Samad | منال عبد الصمد | | f
2021-09-10 | George Kordahi | جورج قرداحي | قرداحي
2021-12-03 | Ziad Makary | زياد المكاري |
2025-02-08 | Paul Morcos | بول مرقص |

@ LBN health_minister GOV
2016-12-18 | Ghassan Hasbani | غسان حاصباني |
2019-01-31 | Jamil Jabak | جميل جبق |
2020-01-21 | Hamad Hassan | حمد حسن |
2021-09-10 | Firass Abiad | فراس الأبيض | الأبيض
2025-02-08 | Rakan Nasreddine | ركان ناصر الدين |

@ LBN oil_minister GOV note=minister_of_energy_and_water
2014-02-15 | Arthur Nazarian | آرتور نظريان |
2016-12-18 | Cesar Abi Khalil | سيزار أبي خليل |
2019-01-31 | Nada Boustani | ندى البستاني | | f
2020-01-21 | Raymond Ghajar | ريمون غجر |
2021-09-10 | Walid Fayad | وليد فياض |
2025-02-08 | Joe Saddi | جو الصدي |

@ LBN justice_minister GOV
2021-09-10 | Henri Khoury | هنري خوري |
2025-02-08 | Adel Nassar | عادل نصار |

@ LBN army_chief MIL org=mrs:org:hezbollah note=military_commander
1990 | Imad Mughniyeh | عماد مغنية | مغنية
2008-02-12 | Mustafa Badreddine | مصطفى بدر الدين | | approx
2016-05-13 | Fuad Shukr | فؤاد شكر | | approx end=2024-07-30

@ LBN spokesperson REB org=mrs:org:hezbollah note=media_relations_officer
2011 | Mohammad Afif | محمد عفيف | | end=2024-11-17

@ LBN party_leader PTY org=mrs:org:hezbollah note=head_of_the_parliamentary_bloc
2009 | Mohammad Raad | محمد رعد |

@ PSE vice_president GOV note=vice_president_of_the_PLO_and_the_State_of_Palestine
2025-04-26 | Hussein al-Sheikh | حسين الشيخ |

@ PSE intelligence_chief SPY org=mrs:org:pse-intel note=General_Intelligence_Service
2009 | Majed Faraj | ماجد فرج | فرج

@ PSE presidency_spokesperson GOV
2005 | Nabil Abu Rudeineh | نبيل أبو ردينة | أبو ردينة

@ PSE spokesperson REB org=mrs:org:hamas
2006 | Sami Abu Zuhri | سامي أبو زهري | أبو زهري
@ PSE spokesperson REB org=mrs:org:hamas note=Gaza_spokesman
2008 | Fawzi Barhoum | فوزي برهوم | برهوم
@ PSE spokesperson REB org=mrs:org:hamas note=representative_in_Lebanon
2010 | Osama Hamdan | أسامة حمدان | حمدان
@ PSE spokesperson REB org=mrs:org:hamas note=spokesman
2020 | Hazem Qassem | حازم قاسم |
@ PSE army_spokesperson REB org=mrs:org:qassam
2006 | Abu Obaida | أبو عبيدة | | end=2025-08
@ PSE army_chief REB org=mrs:org:hamas note=head_of_the_movement_in_Gaza
2024-10-16 | Khalil al-Hayya | خليل الحية | الحية | # also led the negotiating delegation
@ PSE army_chief REB org=mrs:org:hamas note=deputy_head_of_the_political_bureau
2017-10 | Saleh al-Arouri | صالح العاروري | العاروري | end=2024-01-02

@ PSE health_minister GOV note=Gaza_health_ministry_spokesperson
2014 | Ashraf al-Qudra | أشرف القدرة | القدرة

@ ISR minister GOV note=minister_of_national_security
2022-12-29 | Itamar Ben-Gvir | | | end=2025-01-19
2025-03-19 | Itamar Ben-Gvir

@ ISR minister GOV note=minister_of_strategic_affairs
2022-12-29 | Ron Dermer | رون ديرمر | ديرمر

@ ISR national_security_adviser GOV note=head_of_the_National_Security_Council
2009-03 | Uzi Arad | عوزي أراد |
2011-04 | Yaakov Amidror | يعقوب عميدرور |
2013-11 | Yossi Cohen
2016-01 | Yaakov Nagel | يعقوب ناغل | | acting
2017-08 | Meir Ben-Shabbat | مئير بن شبات |
2021-07 | Eyal Hulata | إيال حولاتا |
2023-01 | Tzachi Hanegbi | تساحي هنغبي | هنغبي

@ ISR deputy_head_of_government GOV note=alternate_prime_minister
2020-05-17 | Benny Gantz | | | end=2021-06-13
2021-06-13 | Yair Lapid | | | end=2022-07-01
2022-07-01 | Naftali Bennett | | | end=2022-12-29

@ ISR ambassador GOV org=Q1065 note=permanent_representative_to_the_UN
2015-10 | Danny Danon | داني دانون | دانون | end=2020-08
2020-08 | Gilad Erdan | غلعاد إردان | إردان | end=2024-08
2024-08 | Danny Danon

@ IRQ oil_minister GOV
2006-05-20 | Hussain al-Shahristani | حسين الشهرستاني | الشهرستاني | end=2010-12-21
2010-12-21 | Abdul Kareem Luaibi | عبد الكريم لعيبي | | end=2014-09-08
2014-09-08 | Adil Abdul-Mahdi | | | end=2016-08-15
2016-08-15 | Jabbar al-Luaibi | جبار اللعيبي | | end=2018-10-25
2018-10-25 | Thamir Ghadhban | ثامر الغضبان | | end=2020-05-07
2020-06-06 | Ihsan Abdul Jabbar | إحسان عبد الجبار | | end=2022-10-27
2022-10-27 | Hayan Abdul-Ghani | حيان عبد الغني |

@ IRQ national_security_adviser GOV
2004-04 | Mowaffak al-Rubaie | موفق الربيعي | الربيعي
2009-07 | -
2011-07 | Falih al-Fayyadh
2020-07-04 | Qasim al-Araji

@ IRQ intelligence_chief SPY org=mrs:org:irq-nis
2016-06 | Mustafa al-Kadhimi | | | end=2020-05-07

@ IRQ government_spokesperson GOV
2006 | Ali al-Dabbagh | علي الدباغ | | end=2014
2014-09 | Saad al-Hadithi | سعد الحديثي | | end=2019
2022-11 | Basim al-Awadi | باسم العوادي |

@ IRQ army_spokesperson MIL note=spokesman_of_the_commander-in-chief
2019-06 | Yahya Rasool | يحيى رسول |

@ JOR government_spokesperson GOV
2013 | Mohammad Momani | محمد المومني | المومني | end=2021-03 # minister of state for media affairs
2024-09-18 | Mohammad Momani
@ ISR justice_minister GOV
2009-03-31 | Yaakov Neeman | يعقوب نئمان |
2013-03-18 | Tzipi Livni | | | end=2014-12-02
2015-05-14 | Ayelet Shaked | أييليت شاكيد | شاكيد | f
2019-06-05 | Amir Ohana
2020-05-17 | Avi Nissenkorn | آفي نيسنكورن | | end=2020-12-23
2021-06-13 | Gideon Sa'ar
2022-12-29 | Yariv Levin

@ IRQ chief_justice JUD note=head_of_the_Supreme_Judicial_Council
2005 | Medhat al-Mahmoud | مدحت المحمود |
2017-01 | Faiq Zaidan | فائق زيدان | زيدان

@ PSE minister GOV note=chief_negotiator_and_secretary-general_of_the_PLO_Executive_Committee
1995 | Saeb Erekat | صائب عريقات | عريقات | end=2020-11-10

@ PSE minister GOV note=minister_of_civil_affairs
2007 | Hussein al-Sheikh | | | end=2022-05
"""
