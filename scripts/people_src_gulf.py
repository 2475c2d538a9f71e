# ruff: noqa: E501  (a data table: one holder per line)
"""Office successions of the Gulf and Yemen (SAU, ARE, QAT, KWT, BHR, OMN, YEM); see people_build.py."""

TABLE = r"""
@ SAU head_of_state GOV # King
1982-06-13 | Fahd bin Abdulaziz | الملك فهد, فهد بن عبد العزيز, الملك فهد بن عبد العزيز |
2005-08-01 | Abdullah bin Abdulaziz | الملك عبد الله, عبد الله بن عبد العزيز, الملك عبد الله بن عبد العزيز |
2015-01-23 | Salman bin Abdulaziz | الملك سلمان, سلمان بن عبد العزيز, الملك سلمان بن عبد العزيز, سلمان بن عبد العزيز آل سعود |

@ SAU head_of_government GOV # the King was Prime Minister until 2022
1982-06-13 | Fahd bin Abdulaziz
2005-08-01 | Abdullah bin Abdulaziz
2015-01-23 | Salman bin Abdulaziz
2022-09-27 | Mohammed bin Salman | محمد بن سلمان, الأمير محمد بن سلمان, محمد بن سلمان بن عبد العزيز | ابن سلمان

@ SAU crown_prince GOV
1982-06-13 | Abdullah bin Abdulaziz
2005-08-01 | Sultan bin Abdulaziz | سلطان بن عبد العزيز, الأمير سلطان بن عبد العزيز | | end=2011-10-22
2011-10-27 | Nayef bin Abdulaziz | نايف بن عبد العزيز, الأمير نايف بن عبد العزيز | | end=2012-06-16
2012-06-18 | Salman bin Abdulaziz
2015-01-23 | Muqrin bin Abdulaziz | مقرن بن عبد العزيز, الأمير مقرن بن عبد العزيز |
2015-04-29 | Muhammad bin Nayef | محمد بن نايف, الأمير محمد بن نايف |
2017-06-21 | Mohammed bin Salman

@ SAU foreign_minister GOV
1975-10-13 | Saud al-Faisal | سعود الفيصل, الأمير سعود الفيصل | الفيصل
2015-04-29 | Adel al-Jubeir | عادل الجبير | الجبير
2018-12-27 | Ibrahim Abdulaziz Al-Assaf | إبراهيم العساف, إبراهيم بن عبد العزيز العساف | العساف
2019-10-23 | Faisal bin Farhan | فيصل بن فرحان, الأمير فيصل بن فرحان, فيصل بن فرحان آل سعود | ابن فرحان

@ SAU defence_minister GOV
1962 | Sultan bin Abdulaziz
2011-11-05 | Salman bin Abdulaziz
2015-01-23 | Mohammed bin Salman
2022-09-27 | Khalid bin Salman | خالد بن سلمان, الأمير خالد بن سلمان |

@ SAU interior_minister GOV
1975 | Nayef bin Abdulaziz
2012-06-18 | Ahmed bin Abdulaziz | أحمد بن عبد العزيز, الأمير أحمد بن عبد العزيز |
2012-11-05 | Muhammad bin Nayef
2017-06-21 | Abdulaziz bin Saud bin Nayef | عبد العزيز بن سعود بن نايف, الأمير عبد العزيز بن سعود |

@ SAU finance_minister GOV
1996 | Ibrahim Abdulaziz Al-Assaf
2016-11-01 | Mohammed al-Jadaan | محمد الجدعان | الجدعان

@ SAU intelligence_chief SPY org=mrs:org:sau-gip
1977 | Turki al-Faisal | تركي الفيصل, الأمير تركي الفيصل |
2001-09-01 | Nawaf bin Abdulaziz | نواف بن عبد العزيز |
2005-10 | Muqrin bin Abdulaziz
2012-07-19 | Bandar bin Sultan | بندر بن سلطان, الأمير بندر بن سلطان |
2014-04-15 | Youssef al-Idrissi | يوسف الإدريسي | | acting
2015-01-29 | Khalid bin Bandar | خالد بن بندر |
2015-06-30 | Khalid bin Ali Al Humaidan | خالد الحميدان, خالد بن علي الحميدان | الحميدان

@ SAU army_chief MIL
2014 | Abdulrahman al-Banyan | عبد الرحمن البنيان |
2018-02-26 | Fayyad al-Ruwaili | فياض الرويلي | الرويلي

@ SAU central_bank_governor GOV
1983 | Hamad al-Sayari | حمد السياري |
2009-02 | Muhammad al-Jasser | محمد الجاسر |
2011-12 | Fahad al-Mubarak | فهد المبارك |
2016-05 | Ahmed Alkholifey | أحمد الخليفي |
2021-02 | Fahad al-Mubarak
2023-01 | Ayman al-Sayari | أيمن السياري |

@ SAU army_spokesperson MIL note=spokesman_of_the_Saudi-led_coalition_in_Yemen
2015-03 | Ahmed Asiri | أحمد عسيري | عسيري
2017-06 | Turki al-Maliki | تركي المالكي | المالكي

@ SAU parliament_speaker LEG # Shura Council
1992 | Mohammed bin Jubair | محمد بن جبير |
2002-01 | Saleh bin Humaid | صالح بن حميد |
2009-02 | Abdullah Al ash-Sheikh | عبد الله آل الشيخ, عبد الله بن محمد آل الشيخ |

@ ARE head_of_state GOV
1971-12-02 | Zayed bin Sultan Al Nahyan | زايد بن سلطان آل نهيان, الشيخ زايد |
2004-11-03 | Khalifa bin Zayed Al Nahyan | خليفة بن زايد, الشيخ خليفة بن زايد آل نهيان |
2022-05-14 | Mohamed bin Zayed Al Nahyan | محمد بن زايد, الشيخ محمد بن زايد آل نهيان |

@ ARE head_of_government GOV
1990-11-20 | Maktoum bin Rashid Al Maktoum | مكتوم بن راشد آل مكتوم, الشيخ مكتوم بن راشد |
2006-01-05 | Mohammed bin Rashid Al Maktoum | محمد بن راشد, الشيخ محمد بن راشد آل مكتوم |

@ ARE vice_president GOV
1990-11-20 | Maktoum bin Rashid Al Maktoum | | | end=2006-01-04
2006-01-05 | Mohammed bin Rashid Al Maktoum | | |
2023-03-29 | Mansour bin Zayed Al Nahyan | منصور بن زايد, الشيخ منصور بن زايد آل نهيان |

@ ARE crown_prince GOV note=Crown_Prince_of_Abu_Dhabi
2004-11-03 | Mohamed bin Zayed Al Nahyan
2022-05-14 | -
2023-03-29 | Khaled bin Mohamed Al Nahyan | خالد بن محمد بن زايد, الشيخ خالد بن محمد بن زايد آل نهيان |

@ ARE foreign_minister GOV
1980 | Rashid Abdullah Al Nuaimi | راشد عبد الله النعيمي |
2006-02-09 | Abdullah bin Zayed Al Nahyan | عبد الله بن زايد, الشيخ عبد الله بن زايد آل نهيان |

@ ARE defence_minister GOV
1971-12-09 | Mohammed bin Rashid Al Maktoum

@ ARE interior_minister GOV
2004-10 | Saif bin Zayed Al Nahyan | سيف بن زايد, الشيخ سيف بن زايد آل نهيان |

@ ARE finance_minister GOV
1971-12-09 | Hamdan bin Rashid Al Maktoum | حمدان بن راشد آل مكتوم | | end=2021-03-24
2021-09-25 | Maktoum bin Mohammed Al Maktoum | مكتوم بن محمد بن راشد آل مكتوم |

@ ARE minister GOV note=Minister_of_State_for_Foreign_Affairs
2008-02 | Anwar Gargash | أنور قرقاش | قرقاش | end=2021-02

@ ARE intelligence_chief SPY org=mrs:org:are-nsc
2016 | Tahnoun bin Zayed Al Nahyan | طحنون بن زايد, الشيخ طحنون بن زايد آل نهيان | | # National Security Adviser

@ QAT head_of_state GOV # Emir
1995-06-27 | Hamad bin Khalifa Al Thani | حمد بن خليفة آل ثاني, الشيخ حمد بن خليفة |
2013-06-25 | Tamim bin Hamad Al Thani | تميم بن حمد, الشيخ تميم بن حمد آل ثاني, الأمير تميم |

@ QAT crown_prince GOV
1996-10-23 | Jassim bin Hamad Al Thani | جاسم بن حمد آل ثاني |
2003-08-05 | Tamim bin Hamad Al Thani
2013-06-25 | -

@ QAT head_of_government GOV
1996-10-29 | Abdullah bin Khalifa Al Thani | عبد الله بن خليفة آل ثاني |
2007-04-03 | Hamad bin Jassim Al Thani | حمد بن جاسم, الشيخ حمد بن جاسم بن جبر آل ثاني |
2013-06-26 | Abdullah bin Nasser Al Thani | عبد الله بن ناصر بن خليفة آل ثاني |
2020-01-28 | Khalid bin Khalifa Al Thani | خالد بن خليفة بن عبد العزيز آل ثاني |
2023-03-07 | Mohammed bin Abdulrahman Al Thani | محمد بن عبد الرحمن آل ثاني, الشيخ محمد بن عبد الرحمن |

@ QAT foreign_minister GOV
1992-01-01 | Hamad bin Jassim Al Thani
2013-06-26 | Khalid al-Attiyah | خالد العطية, خالد بن محمد العطية | العطية
2016-01-27 | Mohammed bin Abdulrahman Al Thani

@ QAT defence_minister GOV
2013-06-26 | Hamad bin Ali al-Attiyah | حمد بن علي العطية |
2016-01-27 | Khalid al-Attiyah
2024-11 | Saoud bin Abdulrahman Al Thani | سعود بن عبد الرحمن آل ثاني |

@ QAT interior_minister GOV
2005 | Abdullah bin Nasser Al Thani | | | # minister of state for interior affairs
2020-01-28 | Khalid bin Khalifa Al Thani
2023-03-07 | Khalifa bin Hamad Al Thani | خليفة بن حمد بن خليفة آل ثاني |

@ QAT foreign_ministry_spokesperson GOV
2016 | Lolwah Al-Khater | لولوة الخاطر | الخاطر | f
2022-01 | Majed al-Ansari | ماجد الأنصاري | الأنصاري

@ KWT head_of_state GOV # Emir
1977-12-31 | Jaber Al-Ahmad Al-Sabah | جابر الأحمد الصباح, الشيخ جابر الأحمد |
2006-01-15 | Saad Al-Abdullah Al-Sabah | سعد العبد الله الصباح, الشيخ سعد العبد الله | | end=2006-01-24
2006-01-29 | Sabah Al-Ahmad Al-Jaber Al-Sabah | صباح الأحمد, الشيخ صباح الأحمد الجابر الصباح |
2020-09-29 | Nawaf Al-Ahmad Al-Jaber Al-Sabah | نواف الأحمد, الشيخ نواف الأحمد الجابر الصباح |
2023-12-16 | Mishal Al-Ahmad Al-Jaber Al-Sabah | مشعل الأحمد, الشيخ مشعل الأحمد الجابر الصباح |

@ KWT crown_prince GOV
1978-01-31 | Saad Al-Abdullah Al-Sabah
2006-01-15 | -
2006-02-20 | Nawaf Al-Ahmad Al-Jaber Al-Sabah
2020-09-29 | -
2020-10-08 | Mishal Al-Ahmad Al-Jaber Al-Sabah
2023-12-16 | -
2024-06-01 | Sabah Al-Khalid Al-Sabah | صباح الخالد, الشيخ صباح خالد الحمد الصباح |

@ KWT head_of_government GOV
1978-02-08 | Saad Al-Abdullah Al-Sabah
2003-07-13 | Sabah Al-Ahmad Al-Jaber Al-Sabah
2006-02-07 | Nasser Al-Mohammed Al-Sabah | ناصر المحمد, الشيخ ناصر المحمد الأحمد الصباح |
2011-11-30 | Jaber Al-Mubarak Al-Sabah | جابر المبارك, الشيخ جابر المبارك الحمد الصباح |
2019-11-19 | Sabah Al-Khalid Al-Sabah
2022-07-24 | Ahmad Nawaf Al-Ahmad Al-Sabah | أحمد النواف, الشيخ أحمد نواف الأحمد الصباح |
2024-01-04 | Mohammad Sabah Al-Salem Al-Sabah | محمد صباح السالم, الشيخ محمد صباح السالم الصباح |
2024-05-15 | Ahmad Abdullah Al-Ahmad Al-Sabah | أحمد العبد الله, الشيخ أحمد عبد الله الأحمد الصباح |

@ KWT foreign_minister GOV
1963 | Sabah Al-Ahmad Al-Jaber Al-Sabah
2003-07-14 | Mohammad Sabah Al-Salem Al-Sabah
2011-10-18 | Sabah Al-Khalid Al-Sabah
2019-12-17 | Ahmad Nasser Al-Mohammad Al-Sabah | أحمد ناصر المحمد الصباح |
2022-08-01 | Salem Abdullah Al-Jaber Al-Sabah | سالم عبد الله الجابر الصباح |
2024-06 | Abdullah Ali Al-Yahya | عبد الله اليحيا, عبد الله علي اليحيا |

@ KWT defence_minister GOV
2001-02 | Jaber Al-Mubarak Al-Sabah
2011-12 | Ahmad Al-Khalid Al-Sabah | أحمد الخالد الصباح |
2013-08 | Khalid Al-Jarrah Al-Sabah | خالد الجراح الصباح |
2017-12 | Nasser Sabah Al-Ahmad Al-Sabah | ناصر صباح الأحمد |
2019-12 | Ahmad Mansour Al-Ahmad Al-Sabah | أحمد منصور الأحمد الصباح |
2020-12 | Hamad Jaber Al-Ali Al-Sabah | حمد جابر العلي الصباح |
2022-08 | Talal Al-Khalid Al-Sabah | طلال الخالد الصباح |
2023-06 | Ahmad Fahad Al-Ahmad Al-Sabah | أحمد فهد الأحمد الصباح |
2024-01 | Fahad Yusuf Saud Al-Sabah | فهد يوسف سعود الصباح |

@ KWT parliament_speaker LEG
1999-07 | Jassem Al-Kharafi | جاسم الخرافي | الخرافي
2012-02 | Ahmed al-Saadoun | أحمد السعدون | السعدون
2012-06 | -
2013-08-06 | Marzouq Al-Ghanim | مرزوق الغانم | الغانم
2022-10 | Ahmed al-Saadoun
2024-05-10 | -

@ BHR head_of_state GOV # Emir, King from 2002
1999-03-06 | Hamad bin Isa Al Khalifa | حمد بن عيسى آل خليفة, الملك حمد بن عيسى |

@ BHR crown_prince GOV
1999-03-09 | Salman bin Hamad Al Khalifa | سلمان بن حمد آل خليفة, الأمير سلمان بن حمد |

@ BHR head_of_government GOV
1970-08-15 | Khalifa bin Salman Al Khalifa | خليفة بن سلمان آل خليفة, الأمير خليفة بن سلمان |
2020-11-11 | Salman bin Hamad Al Khalifa

@ BHR foreign_minister GOV
1971-08-15 | Muhammad bin Mubarak Al Khalifa | محمد بن مبارك آل خليفة |
2005-09-06 | Khalid bin Ahmed Al Khalifa | خالد بن أحمد آل خليفة |
2020-02-11 | Abdullatif bin Rashid Al Zayani | عبد اللطيف الزياني, عبد اللطيف بن راشد الزياني | الزياني

@ BHR interior_minister GOV
2004-05 | Rashid bin Abdullah Al Khalifa | راشد بن عبد الله آل خليفة |

@ BHR party_leader OPP org=mrs:org:wefaq
2006 | Ali Salman | علي سلمان, الشيخ علي سلمان |

@ OMN head_of_state GOV # Sultan, also Prime Minister
1970-07-23 | Qaboos bin Said | السلطان قابوس, قابوس بن سعيد |
2020-01-11 | Haitham bin Tariq | السلطان هيثم, هيثم بن طارق, هيثم بن طارق آل سعيد |

@ OMN head_of_government GOV
1972 | Qaboos bin Said
2020-01-11 | Haitham bin Tariq

@ OMN crown_prince GOV
2021-01-12 | Theyazin bin Haitham | ذي يزن بن هيثم |

@ OMN foreign_minister GOV # minister responsible for foreign affairs
1997 | Yusuf bin Alawi bin Abdullah | يوسف بن علوي, يوسف بن علوي بن عبد الله | بن علوي
2020-08-18 | Badr Albusaidi | بدر البوسعيدي, بدر بن حمد البوسعيدي | البوسعيدي

@ OMN defence_minister GOV # minister responsible for defence affairs
1997 | Badr bin Saud Al Busaidi | بدر بن سعود البوسعيدي |
2020-08-18 | Shihab bin Tariq | شهاب بن طارق, السيد شهاب بن طارق آل سعيد |

@ YEM head_of_state GOV
1990-05-22 | Ali Abdullah Saleh | علي عبد الله صالح | صالح
2012-02-27 | Abdrabbuh Mansur Hadi | عبد ربه منصور هادي | هادي
2022-04-07 | Rashad al-Alimi | رشاد العليمي | العليمي | # Chairman of the Presidential Leadership Council

@ YEM vice_president GOV
1994-10 | Abdrabbuh Mansur Hadi | | | end=2012-02-27
2015-04-12 | Khaled Bahah | خالد بحاح | بحاح | end=2016-04-03
2016-04-03 | Ali Mohsen al-Ahmar | علي محسن الأحمر | | end=2022-04-07

@ YEM head_of_government GOV
1998-04-29 | Abdul Karim al-Eryani | عبد الكريم الإرياني |
2001-04-04 | Abdul Qadir Bajamal | عبد القادر باجمال | باجمال
2007-04-07 | Ali Muhammad Mujawar | علي محمد مجور | مجور
2011-12-07 | Mohammed Basindawa | محمد سالم باسندوة | باسندوة
2014-09-24 | -
2014-11-09 | Khaled Bahah
2016-04-04 | Ahmed Obeid bin Daghr | أحمد عبيد بن دغر | بن دغر
2018-10-15 | Maeen Abdulmalik Saeed | معين عبد الملك, معين عبد الملك سعيد |
2024-02-05 | Ahmad Awad bin Mubarak | أحمد عوض بن مبارك | بن مبارك
2025-05-03 | Salem bin Breik | سالم بن بريك, سالم صالح بن بريك |

@ YEM foreign_minister GOV
2001-04-04 | Abu Bakr al-Qirbi | أبو بكر القربي | القربي
2014-11-09 | Abdullah al-Saidi | عبد الله الصايدي |
2015-03 | Riyadh Yassin | رياض ياسين |
2015-12 | Abdulmalik Al-Mekhlafi | عبد الملك المخلافي | المخلافي
2018-05 | Khaled al-Yamani | خالد اليماني |
2019-06 | Mohammed al-Hadhrami | محمد الحضرمي |
2020-12-18 | Ahmad Awad bin Mubarak
2024-03 | Shaya al-Zindani | شائع الزنداني |

@ YEM defence_minister GOV
2006 | Mohammed Nasser Ahmed | محمد ناصر أحمد |
2014-11-09 | Mahmoud al-Subaihi | محمود الصبيحي | الصبيحي
2016 | Mohammed Ali al-Maqdashi | محمد علي المقدشي | المقدشي
2020-12-18 | Mohsen al-Daeri | محسن الداعري |

@ YEM armed_group_leader REB org=mrs:org:houthis
1992 | Hussein Badreddin al-Houthi | حسين بدر الدين الحوثي | | end=2004-09-10
2004-09-10 | Abdul-Malik al-Houthi | عبد الملك الحوثي, عبد الملك بدر الدين الحوثي | الحوثي

@ YEM armed_group_leader REB org=mrs:org:yem-spc # Houthi-run authority in Sanaa
2016-08-14 | Saleh Ali al-Sammad | صالح الصماد | الصماد | end=2018-04-19
2018-04-25 | Mahdi al-Mashat | مهدي المشاط | المشاط

@ YEM spokesperson REB org=mrs:org:houthis
2015 | Mohammed Abdulsalam | محمد عبد السلام | | # chief negotiator and spokesman
@ YEM army_spokesperson REB org=mrs:org:houthis note=military_spokesman
2017 | Yahya Saree | يحيى سريع | سريع

@ YEM armed_group_leader REB org=mrs:org:stc
2017-05-11 | Aidarous al-Zoubaidi | عيدروس الزبيدي | الزبيدي

@ YEM armed_group_leader INS org=mrs:org:aqap
2009-01 | Nasir al-Wuhayshi | ناصر الوحيشي | الوحيشي | end=2015-06-12
2015-06-16 | Qasim al-Raymi | قاسم الريمي | الريمي | end=2020-01-29
2020-02-23 | Khalid Batarfi | خالد باطرفي | باطرفي | end=2024-03-10
2024-03-10 | Saad al-Awlaki | سعد العولقي |

@ YEM party_leader PTY org=mrs:org:gpc
1982 | Ali Abdullah Saleh | | | end=2017-12-04
2018-01 | Sadiq Amin Abu Ras | صادق أمين أبو راس |

@ - igo_head IGO org=mrs:org:gcc
1996-04 | Jamil Ibrahim Hejailan | جميل الحجيلان | | c=SAU
2002-04-01 | Abdul Rahman Al-Attiyah | عبد الرحمن العطية | | c=QAT
2011-04-01 | Abdullatif bin Rashid Al Zayani | | | c=BHR
2020-02-01 | Nayef Falah Al-Hajraf | نايف الحجرف, نايف فلاح الحجرف | الحجرف | c=KWT
2023-02-01 | Jasem Mohamed Albudaiwi | جاسم البديوي, جاسم محمد البديوي | البديوي | c=KWT
@ SAU oil_minister GOV note=minister_of_petroleum_then_energy
1995-08-02 | Ali al-Naimi | علي النعيمي | النعيمي | end=2016-05-07
2016-05-07 | Khalid al-Falih | خالد الفالح | الفالح | end=2019-09-08
2019-09-08 | Abdulaziz bin Salman | عبد العزيز بن سلمان, الأمير عبد العزيز بن سلمان |

@ SAU minister GOV note=minister_of_state_for_foreign_affairs
2018-12-27 | Adel al-Jubeir

@ SAU information_minister GOV
2009-02 | Abdulaziz Khoja | عبد العزيز خوجة |
2014-12 | Abdulaziz al-Khudairi | عبد العزيز الخضيري | | acting
2015-01 | Adel al-Toraifi | عادل الطريفي |
2017-04 | Awwad Alawwad | عواد العواد |
2018-12-27 | Turki al-Shabanah | تركي الشبانة |
2020-02 | Majid al-Qasabi | ماجد القصبي | | acting
2022-09 | Salman al-Dossary | سلمان الدوسري |

@ ARE oil_minister GOV note=minister_of_energy
2013-03 | Suhail Al Mazrouei | سهيل المزروعي | المزروعي

@ ARE minister GOV note=minister_of_industry_and_ADNOC_chief
2020-07 | Sultan Al Jaber | سلطان الجابر |

@ ARE national_security_adviser GOV
2016-02 | Tahnoun bin Zayed Al Nahyan

@ QAT oil_minister GOV note=minister_of_energy
1992-09 | Abdullah bin Hamad Al-Attiyah | عبد الله بن حمد العطية | | end=2011-01
2011-01 | Mohammed Al Sada | محمد صالح السادة | | end=2016-01
2018-11-04 | Saad al-Kaabi | سعد الكعبي | الكعبي

@ QAT minister GOV note=minister_of_state_at_the_foreign_ministry
2021 | Mohammed Al-Khulaifi | محمد الخليفي |

@ KWT oil_minister GOV
2022-08 | Saad Al-Barrak | سعد البراك | | end=2024-01
2024-01 | Imad Al-Atiqi | عماد العتيقي | | end=2024-05
2024-05 | Tariq Al-Roumi | طارق الرومي |

@ YEM information_minister GOV
2014-11 | Nadia al-Sakkaf | نادية السقاف | | f end=2015-12
2018-12 | Muammar al-Eryani | معمر الإرياني | الإرياني

@ YEM army_chief MIL
2014 | Hussein Khairan | حسين خيران |
2018-02 | Abdullah al-Nakhai | عبد الله النخعي |
2018-10 | Tahir al-Aqili | طاهر العقيلي |
2019-04 | Saghir bin Aziz | صغير بن عزيز |

@ YEM army_chief REB org=mrs:org:houthis note=chief_of_staff_of_the_Houthi_forces
2016 | Mohammed Abdul Karim al-Ghamari | محمد عبد الكريم الغماري | الغماري | end=2025-10
@ SAU minister GOV note=minister_of_the_National_Guard
2013-05-27 | Mutaib bin Abdullah | متعب بن عبد الله, الأمير متعب بن عبد الله | | end=2017-11-04
2017-11-04 | Khalid bin Abdulaziz bin Ayyaf | خالد بن عبد العزيز بن عياف | | end=2018-12-27
2018-12-27 | Abdullah bin Bandar | عبد الله بن بندر, الأمير عبد الله بن بندر |

@ ARE minister GOV note=minister_of_state_for_international_cooperation
2017 | Reem Al Hashimy | ريم الهاشمي | | f

@ OMN oil_minister GOV note=minister_of_oil_and_gas_then_energy
1997 | Mohammed Al Rumhi | محمد الرمحي | | end=2020-08-18
2020-08-18 | Salim Al Aufi | سالم العوفي |
"""
