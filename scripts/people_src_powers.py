# ruff: noqa: E501  (a data table: one holder per line)
"""Office successions of the great powers (USA, RUS, CHN, GBR, FRA, DEU) and the heads of
international organisations and UN envoys; see people_build.py."""

TABLE = r"""
@ USA head_of_state GOV # the President, also head of government
1993-01-20 | Bill Clinton | بيل كلينتون | كلينتون | Q1124
2001-01-20 | George W. Bush | جورج بوش, جورج دبليو بوش, جورج بوش الابن | بوش | Q207
2009-01-20 | Barack Obama | باراك أوباما | أوباما | Q76
2017-01-20 | Donald Trump | دونالد ترامب, دونالد ترمب | ترامب, ترمب | Q22686
2021-01-20 | Joe Biden | جو بايدن, جوزيف بايدن | بايدن | Q6279
2025-01-20 | Donald Trump

@ USA vice_president GOV
1993-01-20 | Al Gore | آل غور | غور | Q19673
2001-01-20 | Dick Cheney | ديك تشيني | تشيني | Q48259
2009-01-20 | Joe Biden
2017-01-20 | Mike Pence | مايك بنس | بنس | Q24313
2021-01-20 | Kamala Harris | كامالا هاريس | هاريس | Q10853588 f
2025-01-20 | JD Vance | جيه دي فانس, جي دي فانس | فانس

@ USA foreign_minister GOV # Secretary of State
1997-01-23 | Madeleine Albright | مادلين أولبرايت | أولبرايت | f
2001-01-20 | Colin Powell | كولن باول | باول | Q150851
2005-01-26 | Condoleezza Rice | كوندوليزا رايس | رايس | f
2009-01-21 | Hillary Clinton | هيلاري كلينتون | كلينتون | Q6294 f
2013-02-01 | John Kerry | جون كيري | كيري
2017-02-01 | Rex Tillerson | ريكس تيلرسون | تيلرسون | end=2018-03-31
2018-04-26 | Mike Pompeo | مايك بومبيو | بومبيو
2021-01-26 | Antony Blinken | أنتوني بلينكن | بلينكن
2025-01-21 | Marco Rubio | ماركو روبيو | روبيو

@ USA defence_minister GOV # Secretary of Defense
1997-01-24 | William Cohen | ويليام كوهين |
2001-01-20 | Donald Rumsfeld | دونالد رامسفيلد | رامسفيلد
2006-12-18 | Robert Gates | روبرت غيتس | غيتس
2011-07-01 | Leon Panetta | ليون بانيتا | بانيتا
2013-02-27 | Chuck Hagel | تشاك هاغل | هاغل
2015-02-17 | Ashton Carter | آشتون كارتر |
2017-01-20 | Jim Mattis | جيم ماتيس | ماتيس
2019-01-01 | Patrick Shanahan | باتريك شاناهان | | acting
2019-06-24 | Mark Esper | مارك إسبر | إسبر | acting
2019-07-15 | Richard V. Spencer | ريتشارد سبنسر | | acting
2019-07-23 | Mark Esper
2020-11-09 | Christopher C. Miller | كريستوفر ميلر | | acting
2021-01-22 | Lloyd Austin | لويد أوستن | أوستن
2025-01-25 | Pete Hegseth | بيت هيغسيث | هيغسيث

@ USA finance_minister GOV # Secretary of the Treasury
1999-07-02 | Lawrence Summers | لورانس سمرز |
2001-01-20 | Paul O'Neill | بول أونيل |
2003-02-03 | John W. Snow | جون سنو |
2006-07-10 | Henry Paulson | هنري بولسون | بولسون
2009-01-26 | Timothy Geithner | تيموثي غايتنر | غايتنر
2013-02-28 | Jack Lew | جاك لو |
2017-02-13 | Steven Mnuchin | ستيفن منوتشين | منوتشين
2021-01-26 | Janet Yellen | جانيت يلين | يلين | f
2025-01-28 | Scott Bessent | سكوت بيسنت | بيسنت

@ USA foreign_ministry_spokesperson GOV
2000-05 | Richard Boucher | ريتشارد باوتشر |
2005-06 | Sean McCormack | شون ماكورماك |
2009-05 | Philip J. Crowley | فيليب كراولي |
2011-05 | Victoria Nuland | فيكتوريا نولاند | نولاند | f
2013-05 | Jen Psaki | جين ساكي | ساكي | f
2015-05 | John Kirby | جون كيربي | كيربي
2017-04 | Heather Nauert | هيذر نويرت | | f
2019-06 | Morgan Ortagus | مورغان أورتاغوس | أورتاغوس | f
2021-01-20 | Ned Price | نيد برايس | برايس
2023-05 | Matthew Miller | ماثيو ميلر | ميلر
2025-01-20 | Tammy Bruce | تامي بروس | | f

@ USA white_house_press_secretary GOV
2001-01-20 | Ari Fleischer | آري فلايشر |
2003-07-15 | Scott McClellan | سكوت ماكليلان |
2006-05-08 | Tony Snow | توني سنو |
2007-09-14 | Dana Perino | دانا بيرينو | | f
2009-01-20 | Robert Gibbs | روبرت غيبس |
2011-02-11 | Jay Carney | جاي كارني |
2014-06-20 | Josh Earnest | جوش إرنست |
2017-01-20 | Sean Spicer | شون سبايسر | سبايسر
2017-07-21 | Sarah Huckabee Sanders | سارة ساندرز, سارة هاكابي ساندرز | | f
2019-07-01 | Stephanie Grisham | ستيفاني غريشام | | f
2020-04-07 | Kayleigh McEnany | كايلي ماكناني | | f
2021-01-20 | Jen Psaki
2022-05-13 | Karine Jean-Pierre | كارين جان بيير | | f
2025-01-20 | Karoline Leavitt | كارولين ليفيت | ليفيت | f

@ USA intelligence_chief SPY org=mrs:org:cia
1997-07-11 | George Tenet | جورج تينيت | تينيت
2004-09-24 | Porter Goss | بورتر غوس |
2006-05-30 | Michael Hayden | مايكل هايدن |
2009-02-13 | Leon Panetta
2011-09-06 | David Petraeus | ديفيد بترايوس | بترايوس | end=2012-11-09
2013-03-08 | John Brennan | جون برينان | برينان
2017-01-23 | Mike Pompeo
2018-05-21 | Gina Haspel | جينا هاسبل | | f
2021-03-19 | William J. Burns | ويليام بيرنز | بيرنز
2025-01-23 | John Ratcliffe | جون راتكليف | راتكليف

@ USA army_chief MIL # Chairman of the Joint Chiefs of Staff
1997-10-01 | Hugh Shelton | هيو شيلتون |
2001-10-01 | Richard Myers | ريتشارد مايرز |
2005-09-30 | Peter Pace | بيتر بيس |
2007-10-01 | Mike Mullen | مايك مولن | مولن
2011-10-01 | Martin Dempsey | مارتن ديمبسي | ديمبسي
2015-10-01 | Joseph Dunford | جوزيف دانفورد | دانفورد
2019-09-30 | Mark Milley | مارك ميلي | ميلي
2023-10-01 | Charles Q. Brown Jr. | تشارلز براون | | end=2025-02-21
2025-04-11 | Dan Caine | دان كين |

@ USA army_chief MIL org=mrs:org:centcom # commander of US Central Command
2000-07 | Tommy Franks | تومي فرانكس |
2003-07 | John Abizaid | جون أبي زيد |
2007-03 | William Fallon | ويليام فالون |
2008-10-31 | David Petraeus
2010-08-11 | Jim Mattis
2013-03-22 | Lloyd Austin
2016-03-30 | Joseph Votel | جوزيف فوتيل |
2019-03-28 | Kenneth F. McKenzie Jr. | كينيث ماكنزي | ماكنزي
2022-04-01 | Michael Kurilla | مايكل كوريلا | كوريلا
2025-08 | Brad Cooper | براد كوبر |

@ USA parliament_speaker LEG # Speaker of the House of Representatives
1999-01-06 | Dennis Hastert | دنيس هاسترت |
2007-01-04 | Nancy Pelosi | نانسي بيلوسي | بيلوسي | Q170581 f
2011-01-05 | John Boehner | جون بينر |
2015-10-29 | Paul Ryan | بول رايان |
2019-01-03 | Nancy Pelosi
2023-01-07 | Kevin McCarthy | كيفن مكارثي | | end=2023-10-03
2023-10-25 | Mike Johnson | مايك جونسون |

@ USA central_bank_governor GOV # Chair of the Federal Reserve
1987-08-11 | Alan Greenspan | آلان غرينسبان |
2006-02-01 | Ben Bernanke | بن برنانكي |
2014-02-03 | Janet Yellen
2018-02-05 | Jerome Powell | جيروم باول |

@ RUS head_of_state GOV
1991-07-10 | Boris Yeltsin | بوريس يلتسين | يلتسين | Q34453
1999-12-31 | Vladimir Putin | فلاديمير بوتين | بوتين | Q7747 # acting until 2000-05-07
2008-05-07 | Dmitry Medvedev | دميتري ميدفيديف, ديمتري مدفيديف, دميتري مدفيديف | ميدفيديف, مدفيديف | Q23530
2012-05-07 | Vladimir Putin

@ RUS head_of_government GOV
1999-08-16 | Vladimir Putin
1999-12-31 | Mikhail Kasyanov | ميخائيل كاسيانوف | كاسيانوف | # acting until 2000-05-17
2004-02-24 | Viktor Khristenko | فيكتور خريستينكو | | acting
2004-03-05 | Mikhail Fradkov | ميخائيل فرادكوف | فرادكوف
2007-09-14 | Viktor Zubkov | فيكتور زوبكوف | زوبكوف
2008-05-08 | Vladimir Putin
2012-05-08 | Dmitry Medvedev
2020-01-16 | Mikhail Mishustin | ميخائيل ميشوستين | ميشوستين

@ RUS foreign_minister GOV
1998-09-11 | Igor Ivanov | إيغور إيفانوف |
2004-03-09 | Sergey Lavrov | سيرغي لافروف, سيرجي لافروف | لافروف

@ RUS defence_minister GOV
1997-05-22 | Igor Sergeyev | إيغور سيرغييف |
2001-03-28 | Sergei Ivanov | سيرغي إيفانوف |
2007-02-15 | Anatoliy Serdyukov | أناتولي سيرديوكوف |
2012-11-06 | Sergei Shoigu | سيرغي شويغو | شويغو
2024-05-14 | Andrey Belousov | أندريه بيلوسوف | بيلوسوف

@ RUS interior_minister GOV
1999-05 | Vladimir Rushailo | فلاديمير روشايلو |
2001-03-28 | Boris Gryzlov | بوريس غريزلوف | غريزلوف
2003-12-24 | Rashid Nurgaliyev | رشيد نور غالييف |
2012-05-21 | Vladimir Kolokoltsev | فلاديمير كولوكولتسيف |

@ RUS finance_minister GOV
2000-05-18 | Alexei Kudrin | أليكسي كودرين | كودرين
2011-09-26 | Anton Siluanov | أنطون سيلوانوف | سيلوانوف

@ RUS kremlin_spokesperson GOV
2000-01 | Alexei Gromov | أليكسي غروموف |
2008-05-07 | Natalya Timakova | ناتاليا تيماكوفا | | f
2012-05-22 | Dmitry Peskov | دميتري بيسكوف, ديمتري بيسكوف | بيسكوف

@ RUS foreign_ministry_spokesperson GOV
2000 | Alexander Yakovenko | ألكسندر ياكوفينكو |
2005-07 | Mikhail Kamynin | ميخائيل كامينين |
2008-04 | Andrei Nesterenko | أندريه نيستيرينكو |
2011-01 | Alexander Lukashevich | ألكسندر لوكاشيفيتش |
2015-08-10 | Maria Zakharova | ماريا زاخاروفا | زاخاروفا | f

@ RUS army_chief MIL # Chief of the General Staff
1997-05 | Anatoly Kvashnin | أناتولي كفاشنين |
2004-07-19 | Yuri Baluyevsky | يوري بالويفسكي |
2008-06-03 | Nikolai Makarov | نيكولاي ماكاروف |
2012-11-09 | Valery Gerasimov | فاليري غيراسيموف | غيراسيموف

@ RUS intelligence_chief SPY org=mrs:org:fsb
1998-07-25 | Vladimir Putin
1999-08-09 | Nikolai Patrushev | نيكولاي باتروشيف | باتروشيف
2008-05-12 | Alexander Bortnikov | ألكسندر بورتنيكوف | بورتنيكوف

@ RUS intelligence_chief SPY org=mrs:org:svr
2000-05 | Sergei Lebedev | سيرغي ليبيديف |
2007-10 | Mikhail Fradkov
2016-10-05 | Sergey Naryshkin | سيرغي ناريشكين | ناريشكين

@ RUS parliament_speaker LEG # Chairman of the State Duma
1996-01 | Gennadiy Seleznyov | غينادي سيليزنيوف |
2003-12-29 | Boris Gryzlov
2011-12-21 | Sergey Naryshkin
2016-10-05 | Vyacheslav Volodin | فياتشيسلاف فولودين | فولودين

@ RUS central_bank_governor GOV
1998-09 | Viktor Gerashchenko | فيكتور غيراشينكو |
2002-03-20 | Sergey Ignatyev | سيرغي إيغناتييف |
2013-06-24 | Elvira Nabiullina | إلفيرا نابيولينا | نابيولينا | f

@ RUS armed_group_leader UAF org=mrs:org:wagner
2014 | Yevgeny Prigozhin | يفغيني بريغوجين | بريغوجين | end=2023-08-23

@ RUS party_leader PTY org=mrs:org:united-russia
2002-11 | Boris Gryzlov
2008-05 | Vladimir Putin
2012-05-26 | Dmitry Medvedev

@ RUS party_leader PTY org=LDPR
1991 | Vladimir Zhirinovsky | فلاديمير جيرينوفسكي | جيرينوفسكي | end=2022-04-06
2022-05-27 | Leonid Slutsky | ليونيد سلوتسكي |

@ RUS party_leader PTY org=Communist_Party_of_the_Russian_Federation
1993-02 | Gennady Zyuganov | غينادي زيوغانوف | زيوغانوف

@ CHN head_of_state GOV
1993-03-27 | Jiang Zemin | جيانغ زيمين, جيانغ تسه مين |
2003-03-15 | Hu Jintao | هو جينتاو, هو جين تاو |
2013-03-14 | Xi Jinping | شي جين بينغ, شي جينبينغ | شي | Q15031

@ CHN party_leader PTY org=mrs:org:ccp # General Secretary
1989-06-24 | Jiang Zemin
2002-11-15 | Hu Jintao
2012-11-15 | Xi Jinping

@ CHN head_of_government GOV
1998-03-17 | Zhu Rongji | تشو رونغ جي, جو رونغ جي |
2003-03-16 | Wen Jiabao | ون جيا باو, وين جياباو |
2013-03-15 | Li Keqiang | لي كه تشيانغ, لي كيشيانغ |
2023-03-11 | Li Qiang | لي تشيانغ |

@ CHN vice_president GOV
1998-03-16 | Hu Jintao
2003-03-15 | Zeng Qinghong | تسنغ تشينغ هونغ |
2008-03-15 | Xi Jinping
2013-03-14 | Li Yuanchao | لي يوان تشاو |
2018-03-17 | Wang Qishan | وانغ تشي شان |
2023-03-10 | Han Zheng | هان تشنغ |

@ CHN foreign_minister GOV
1998-03-19 | Tang Jiaxuan | تانغ جيا شيوان |
2003-03-17 | Li Zhaoxing | لي تشاو شينغ |
2007-04-27 | Yang Jiechi | يانغ جيه تشي |
2013-03-16 | Wang Yi | وانغ يي |
2022-12-30 | Qin Gang | تشين قانغ, تشين غانغ |
2023-07-25 | Wang Yi

@ CHN defence_minister GOV
1993-03 | Chi Haotian | تشي هاو تيان |
2003-03-17 | Cao Gangchuan | تساو قانغ تشوان |
2008-03-17 | Liang Guanglie | ليانغ قوانغ لي |
2013-03-16 | Chang Wanquan | تشانغ وان تشيوان |
2018-03-19 | Wei Fenghe | وي فنغ خه |
2023-03-12 | Li Shangfu | لي شانغ فو | | end=2023-10-24
2023-12-29 | Dong Jun | دونغ جون |

@ CHN parliament_speaker LEG # Chairman of the NPC Standing Committee
1998-03-16 | Li Peng | لي بنغ |
2003-03-15 | Wu Bangguo | وو بانغ قوه |
2013-03-14 | Zhang Dejiang | تشانغ ده جيانغ |
2018-03-17 | Li Zhanshu | لي تشان شو |
2023-03-10 | Zhao Leji | تشاو له جي |

@ CHN central_bank_governor GOV
1995-06 | Dai Xianglong | داي شيانغ لونغ |
2002-12-28 | Zhou Xiaochuan | تشو شياو تشوان |
2018-03-19 | Yi Gang | يي قانغ, يي غانغ |
2023-07-25 | Pan Gongsheng | بان قونغ شنغ |

@ CHN foreign_ministry_spokesperson GOV note=one_of_several_concurrent_spokespersons
2004 | Kong Quan | كونغ تشيوان | | end=2006
2005 | Liu Jianchao | ليو جيان تشاو | | end=2009-01
2006 | Qin Gang | | | end=2010-12
2006-09 | Jiang Yu | جيانغ يوي | | f end=2012-01
2009-01 | Ma Zhaoxu | ما تشاو شيوي | | end=2011-11
2010-01 | Hong Lei | هونغ لي | | end=2017-01
2012-09 | Hua Chunying | هوا تشون ينغ | | f end=2024-12
2015-09 | Lu Kang | لو كانغ | | end=2019-09
2016-11 | Geng Shuang | غنغ شوانغ | | end=2020-08
2019-08 | Zhao Lijian | تشاو لي جيان | | end=2023-01
2020-07 | Wang Wenbin | وانغ ون بين | | end=2024-01
2022-09 | Mao Ning | ماو نينغ | | f
2023-07 | Lin Jian | لين جيان |
2024-11 | Guo Jiakun | قوه جيا كون |

@ GBR head_of_state GOV # the monarch
1952-02-06 | Elizabeth II | الملكة إليزابيث الثانية, إليزابيث الثانية | | f
2022-09-08 | Charles III | الملك تشارلز الثالث, تشارلز الثالث, الأمير تشارلز |

@ GBR head_of_government GOV
1997-05-02 | Tony Blair | توني بلير | بلير | Q9545
2007-06-27 | Gordon Brown | غوردون براون | براون | Q10648
2010-05-11 | David Cameron | ديفيد كاميرون | كاميرون | Q192
2016-07-13 | Theresa May | تيريزا ماي | | f Q264766
2019-07-24 | Boris Johnson | بوريس جونسون | جونسون | Q180589
2022-09-06 | Liz Truss | ليز تراس | تراس | f
2022-10-25 | Rishi Sunak | ريشي سوناك | سوناك
2024-07-05 | Keir Starmer | كير ستارمر | ستارمر

@ GBR foreign_minister GOV # Foreign Secretary
1997-05-02 | Robin Cook | روبن كوك |
2001-06-08 | Jack Straw | جاك سترو | سترو
2006-05-05 | Margaret Beckett | مارغريت بيكيت | | f
2007-06-28 | David Miliband | ديفيد ميليباند | ميليباند
2010-05-12 | William Hague | وليام هيغ | هيغ
2014-07-14 | Philip Hammond | فيليب هاموند | هاموند
2016-07-13 | Boris Johnson
2018-07-09 | Jeremy Hunt | جيريمي هانت | هانت
2019-07-24 | Dominic Raab | دومينيك راب | راب
2021-09-15 | Liz Truss
2022-09-06 | James Cleverly | جيمس كليفرلي | كليفرلي
2023-11-13 | David Cameron
2024-07-05 | David Lammy | ديفيد لامي | لامي
2025-09-05 | Yvette Cooper | إيفيت كوبر | | f approx

@ GBR defence_minister GOV
1999-10-11 | Geoff Hoon | جيف هون |
2005-05-06 | John Reid | جون ريد |
2006-05-05 | Des Browne | ديس براون |
2008-10-03 | John Hutton | جون هاتون |
2009-06-05 | Bob Ainsworth | بوب أينسوورث |
2010-05-12 | Liam Fox | ليام فوكس |
2011-10-14 | Philip Hammond
2014-07-15 | Michael Fallon | مايكل فالون | فالون
2017-11-02 | Gavin Williamson | غافين ويليامسون |
2019-05-01 | Penny Mordaunt | بيني موردونت | | f
2019-07-24 | Ben Wallace | بن والاس | والاس
2023-08-31 | Grant Shapps | غرانت شابس | شابس
2024-07-05 | John Healey | جون هيلي | هيلي

@ GBR interior_minister GOV # Home Secretary
1997-05-02 | Jack Straw
2001-06-08 | David Blunkett | ديفيد بلانكيت |
2004-12-15 | Charles Clarke | تشارلز كلارك |
2006-05-05 | John Reid
2007-06-28 | Jacqui Smith | جاكي سميث | | f
2009-06-05 | Alan Johnson | آلان جونسون |
2010-05-12 | Theresa May
2016-07-13 | Amber Rudd | أمبر رود | | f
2018-04-30 | Sajid Javid | ساجد جاويد |
2019-07-24 | Priti Patel | بريتي باتيل | باتيل | f
2022-09-06 | Suella Braverman | سويلا برافرمان | برافرمان | f
2022-10-19 | Grant Shapps
2022-10-25 | Suella Braverman
2023-11-13 | James Cleverly
2024-07-05 | Yvette Cooper
2025-09-05 | Shabana Mahmood | شبانة محمود | | f approx

@ GBR finance_minister GOV # Chancellor of the Exchequer
1997-05-02 | Gordon Brown
2007-06-28 | Alistair Darling | أليستر دارلينغ |
2010-05-11 | George Osborne | جورج أوزبورن | أوزبورن
2016-07-13 | Philip Hammond
2019-07-24 | Sajid Javid
2020-02-13 | Rishi Sunak
2022-07-05 | Nadhim Zahawi | ناظم الزهاوي | الزهاوي
2022-09-06 | Kwasi Kwarteng | كواسي كوارتنغ |
2022-10-14 | Jeremy Hunt
2024-07-05 | Rachel Reeves | ريتشل ريفز, راشيل ريفز | ريفز | f

@ GBR parliament_speaker LEG
1992-04-27 | Betty Boothroyd | بيتي بوثرويد | | f
2000-10-23 | Michael Martin | مايكل مارتن |
2009-06-22 | John Bercow | جون بيركو |
2019-11-04 | Lindsay Hoyle | ليندسي هويل |

@ GBR army_chief MIL # Chief of the Defence Staff
1997-04 | Charles Guthrie | تشارلز غوثري |
2001-02 | Michael Boyce | مايكل بويس |
2003-05 | Michael Walker | مايكل ووكر |
2006-04 | Jock Stirrup | جوك ستيراب |
2010-10 | David Richards | ديفيد ريتشاردز |
2013-07 | Nicholas Houghton | نيكولاس هوتون |
2016-07 | Stuart Peach | ستيوارت بيتش |
2018-06 | Nick Carter | نيك كارتر |
2021-11-30 | Tony Radakin | توني راداكين |

@ GBR intelligence_chief SPY org=mrs:org:mi6
1999-08 | Richard Dearlove | ريتشارد ديرلوف |
2004-08 | John Scarlett | جون سكارليت |
2009-11 | John Sawers | جون ساورز |
2014-11 | Alex Younger | أليكس يونغر |
2020-10-01 | Richard Moore | ريتشارد مور |
2025-10-01 | Blaise Metreweli | بليز متريويلي | | f

@ GBR party_leader PTY org=Labour_Party_UK
1994-07-21 | Tony Blair
2007-06-24 | Gordon Brown
2010-05-11 | -
2010-09-25 | Ed Miliband | إد ميليباند |
2015-05-08 | -
2015-09-12 | Jeremy Corbyn | جيريمي كوربين | كوربين
2020-04-04 | Keir Starmer

@ GBR party_leader PTY org=Conservative_Party_UK
1997-06-19 | William Hague
2001-09-13 | Iain Duncan Smith | إيان دنكان سميث |
2003-11-06 | Michael Howard | مايكل هوارد |
2005-12-06 | David Cameron
2016-07-11 | Theresa May
2019-07-23 | Boris Johnson
2022-09-05 | Liz Truss
2022-10-24 | Rishi Sunak
2024-11-02 | Kemi Badenoch | كيمي بادينوك | بادينوك | f

@ GBR party_leader PTY org=Reform_UK
2024-06-03 | Nigel Farage | نايجل فاراج | فاراج

@ FRA head_of_state GOV
1995-05-17 | Jacques Chirac | جاك شيراك | شيراك | Q2105
2007-05-16 | Nicolas Sarkozy | نيكولا ساركوزي | ساركوزي | Q329
2012-05-15 | Francois Hollande | فرانسوا هولاند | هولاند | Q157
2017-05-14 | Emmanuel Macron | إيمانويل ماكرون | ماكرون | Q3052772

@ FRA head_of_government GOV
1997-06-02 | Lionel Jospin | ليونيل جوسبان | جوسبان
2002-05-06 | Jean-Pierre Raffarin | جان بيار رافاران | رافاران
2005-05-31 | Dominique de Villepin | دومينيك دو فيلبان | دو فيلبان
2007-05-17 | Francois Fillon | فرانسوا فيون | فيون
2012-05-15 | Jean-Marc Ayrault | جان مارك إيرولت | إيرولت
2014-03-31 | Manuel Valls | مانويل فالس | فالس
2016-12-06 | Bernard Cazeneuve | برنار كازنوف | كازنوف
2017-05-15 | Edouard Philippe | إدوار فيليب |
2020-07-03 | Jean Castex | جان كاستكس | كاستكس
2022-05-16 | Elisabeth Borne | إليزابيث بورن | بورن | f
2024-01-09 | Gabriel Attal | غابرييل أتال | أتال
2024-09-05 | Michel Barnier | ميشيل بارنييه | بارنييه
2024-12-13 | Francois Bayrou | فرانسوا بايرو | بايرو
2025-09-09 | Sebastien Lecornu | سيباستيان لوكورنو | لوكورنو

@ FRA foreign_minister GOV
1997-06-04 | Hubert Vedrine | أوبير فيدرين | فيدرين
2002-05-07 | Dominique de Villepin
2004-03-31 | Michel Barnier
2005-06-02 | Philippe Douste-Blazy | فيليب دوست بلازي |
2007-05-18 | Bernard Kouchner | برنار كوشنير | كوشنير
2010-11-14 | Michele Alliot-Marie | ميشال أليو ماري | | f
2011-02-27 | Alain Juppe | آلان جوبيه | جوبيه
2012-05-16 | Laurent Fabius | لوران فابيوس | فابيوس
2016-02-11 | Jean-Marc Ayrault
2017-05-17 | Jean-Yves Le Drian | جان إيف لودريان | لودريان
2022-05-20 | Catherine Colonna | كاترين كولونا | كولونا | f
2024-01-11 | Stephane Sejourne | ستيفان سيجورنيه | سيجورنيه
2024-09-21 | Jean-Noel Barrot | جان نويل بارو | بارو

@ FRA defence_minister GOV
1997-06-04 | Alain Richard | آلان ريشار |
2002-05-07 | Michele Alliot-Marie
2007-05-18 | Herve Morin | إيرفيه موران |
2010-11-14 | Alain Juppe
2011-02-27 | Gerard Longuet | جيرار لونغيه |
2012-05-16 | Jean-Yves Le Drian
2017-05-17 | Sylvie Goulard | سيلفي غولار | | f
2017-06-21 | Florence Parly | فلورانس بارلي | بارلي | f
2022-05-20 | Sebastien Lecornu
2025-10-12 | Catherine Vautrin | كاترين فوتران | | f approx

@ FRA interior_minister GOV
1997-06-04 | Jean-Pierre Chevenement | جان بيار شوفنمان |
2000-08-29 | Daniel Vaillant | دانيال فايان |
2002-05-07 | Nicolas Sarkozy
2004-03-31 | Dominique de Villepin
2005-06-02 | Nicolas Sarkozy
2007-03-26 | Francois Baroin | فرانسوا باروان |
2007-05-18 | Michele Alliot-Marie
2009-06-23 | Brice Hortefeux | بريس أورتفو |
2011-02-27 | Claude Gueant | كلود غيان |
2012-05-16 | Manuel Valls
2014-04-02 | Bernard Cazeneuve
2016-12-06 | Bruno Le Roux | برونو لو رو |
2017-03-21 | Matthias Fekl | ماتياس فيكل |
2017-05-17 | Gerard Collomb | جيرار كولومب |
2018-10-16 | Christophe Castaner | كريستوف كاستانير |
2020-07-06 | Gerald Darmanin | جيرالد دارمانان | دارمانان
2024-09-21 | Bruno Retailleau | برونو روتايو | روتايو
2025-10-12 | Laurent Nunez | لوران نونيز | | approx

@ FRA finance_minister GOV # minister of the economy and finance
2000-03-28 | Laurent Fabius
2002-05-07 | Francis Mer | فرانسيس مير |
2004-03-31 | Nicolas Sarkozy
2004-11-29 | Herve Gaymard | إيرفيه غيمار |
2005-02-25 | Thierry Breton | تييري بروتون |
2007-05-18 | Jean-Louis Borloo | جان لوي بورلو |
2007-06-19 | Christine Lagarde | كريستين لاغارد | لاغارد | f
2011-06-29 | Francois Baroin
2012-05-16 | Pierre Moscovici | بيار موسكوفيسي |
2014-04-02 | Michel Sapin | ميشال سابان |
2017-05-17 | Bruno Le Maire | برونو لومير | لومير
2024-09-21 | Antoine Armand | أنطوان أرمان |
2024-12-23 | Eric Lombard | إريك لومبار |
2025-10-12 | Roland Lescure | رولان ليسكور | | approx

@ FRA parliament_speaker LEG # President of the National Assembly
2000-03-29 | Raymond Forni | ريمون فورني |
2002-06-25 | Jean-Louis Debre | جان لوي دوبريه |
2007-03-07 | Patrick Ollier | باتريك أولييه |
2007-06-26 | Bernard Accoyer | برنار أكوييه |
2012-06-26 | Claude Bartolone | كلود بارتولون |
2017-06-27 | Francois de Rugy | فرانسوا دو روجي |
2018-09-12 | Richard Ferrand | ريشار فيران |
2022-06-28 | Yael Braun-Pivet | يائيل برون بيفيه | | f

@ FRA army_chief MIL # Chief of the Defence Staff
1998-04 | Jean-Pierre Kelche | جان بيار كيلش |
2002-10 | Henri Bentegeat | هنري بنتيجا |
2006-10 | Jean-Louis Georgelin | جان لوي جورجلان |
2010-02 | Edouard Guillaud | إدوار غيو |
2014-02 | Pierre de Villiers | بيار دو فيلييه |
2017-07-19 | Francois Lecointre | فرانسوا لوكوانتر |
2021-07-22 | Thierry Burkhard | تييري بوركار |
2025-09-01 | Fabien Mandon | فابيان ماندون |

@ FRA central_bank_governor GOV
1993-09 | Jean-Claude Trichet | جان كلود تريشيه | تريشيه
2003-11-01 | Christian Noyer | كريستيان نواييه |
2015-11-01 | Francois Villeroy de Galhau | فرانسوا فيلروا دو غالو |

@ FRA party_leader PTY org=National_Rally
1972-10 | Jean-Marie Le Pen | جان ماري لوبان | | end=2011-01-16
2011-01-16 | Marine Le Pen | مارين لوبان | لوبان | f
2022-11-05 | Jordan Bardella | جوردان بارديلا | بارديلا

@ FRA party_leader PTY org=La_France_Insoumise
2016-02 | Jean-Luc Melenchon | جان لوك ميلانشون | ميلانشون

@ DEU head_of_state GOV
1999-07-01 | Johannes Rau | يوهانس راو |
2004-07-01 | Horst Koehler | هورست كولر |
2010-05-31 | Jens Boehrnsen | ينس بورنسن | | acting
2010-06-30 | Christian Wulff | كريستيان فولف |
2012-02-17 | Horst Seehofer | هورست زيهوفر | زيهوفر | acting
2012-03-18 | Joachim Gauck | يواخيم غاوك | غاوك
2017-03-19 | Frank-Walter Steinmeier | فرانك فالتر شتاينماير | شتاينماير

@ DEU head_of_government GOV # Chancellor
1998-10-27 | Gerhard Schroeder | غيرهارد شرودر | شرودر | Q2530
2005-11-22 | Angela Merkel | أنغيلا ميركل, أنجيلا ميركل | ميركل | f Q567
2021-12-08 | Olaf Scholz | أولاف شولتس | شولتس | Q61053
2025-05-06 | Friedrich Merz | فريدريش ميرتس | ميرتس

@ DEU foreign_minister GOV
1998-10-27 | Joschka Fischer | يوشكا فيشر | فيشر
2005-11-22 | Frank-Walter Steinmeier
2009-10-28 | Guido Westerwelle | غيدو فيسترفيله | فيسترفيله
2013-12-17 | Frank-Walter Steinmeier
2017-01-27 | Sigmar Gabriel | زيغمار غابرييل | غابرييل
2018-03-14 | Heiko Maas | هايكو ماس | ماس
2021-12-08 | Annalena Baerbock | أنالينا بيربوك | بيربوك | f
2025-05-06 | Johann Wadephul | يوهان فاديفول | فاديفول

@ DEU defence_minister GOV
1998-10-27 | Rudolf Scharping | رودولف شاربينغ |
2002-07-19 | Peter Struck | بيتر شتروك |
2005-11-22 | Franz Josef Jung | فرانز يوزف يونغ |
2009-10-28 | Karl-Theodor zu Guttenberg | كارل تيودور تسو غوتنبرغ |
2011-03-03 | Thomas de Maiziere | توماس دي ميزيير |
2013-12-17 | Ursula von der Leyen | أورسولا فون دير لاين | فون دير لاين | Q60772 f
2019-07-17 | Annegret Kramp-Karrenbauer | أنيغريت كرامب كارنباور | | f
2021-12-08 | Christine Lambrecht | كريستينه لامبرشت | | f
2023-01-19 | Boris Pistorius | بوريس بيستوريوس | بيستوريوس

@ DEU interior_minister GOV
1998-10-27 | Otto Schily | أوتو شيلي |
2005-11-22 | Wolfgang Schaeuble | فولفغانغ شويبله | شويبله
2009-10-28 | Thomas de Maiziere
2011-03-03 | Hans-Peter Friedrich | هانز بيتر فريدريش |
2013-12-17 | Thomas de Maiziere
2018-03-14 | Horst Seehofer
2021-12-08 | Nancy Faeser | نانسي فيزر | | f
2025-05-06 | Alexander Dobrindt | ألكسندر دوبرينت |

@ DEU finance_minister GOV
1999-04-12 | Hans Eichel | هانز آيشل |
2005-11-22 | Peer Steinbrueck | بير شتاينبروك |
2009-10-28 | Wolfgang Schaeuble
2017-10-24 | Peter Altmaier | بيتر ألتماير | | acting
2018-03-14 | Olaf Scholz
2021-12-08 | Christian Lindner | كريستيان ليندنر | ليندنر
2024-11-07 | Joerg Kukies | يورغ كوكيس |
2025-05-06 | Lars Klingbeil | لارس كلينغبايل |

@ DEU government_spokesperson GOV
1998-10 | Uwe-Karsten Heye | أوفه كارستن هايه |
2002-10 | Bela Anda | بيلا أندا |
2005-11-22 | Ulrich Wilhelm | أولريش فيلهلم |
2010-08-11 | Steffen Seibert | شتيفن زايبرت | زايبرت
2021-12-08 | Steffen Hebestreit | شتيفن هيبشترايت |
2025-05-06 | Stefan Kornelius | شتيفان كورنيليوس |

@ DEU parliament_speaker LEG # President of the Bundestag
1998-10-26 | Wolfgang Thierse | فولفغانغ تيرزه |
2005-10-18 | Norbert Lammert | نوربرت لامرت |
2017-10-24 | Wolfgang Schaeuble
2021-10-26 | Baerbel Bas | بيربل باس | | f
2025-03-25 | Julia Kloeckner | يوليا كلوكنر | | f

@ DEU central_bank_governor GOV
1999-09 | Ernst Welteke | إرنست فيلتكه |
2004-04 | Axel Weber | أكسل فيبر |
2011-05 | Jens Weidmann | ينس فايدمان |
2022-01-01 | Joachim Nagel | يواخيم ناغل |

@ DEU party_leader PTY org=CDU
2000-04-10 | Angela Merkel
2018-12-07 | Annegret Kramp-Karrenbauer
2021-01-22 | Armin Laschet | أرمين لاشيت |
2022-01-31 | Friedrich Merz

@ DEU party_leader PTY org=AfD
2015-07 | Frauke Petry | فراوكه بيتري | | f end=2017-09-29
2017-12 | Alexander Gauland | ألكسندر غاولاند | | end=2019-11-30
2022-06-18 | Alice Weidel | أليس فايدل | فايدل | f

@ - igo_head IGO org=Q1065 note=UN_Secretary-General
1997-01-01 | Kofi Annan | كوفي عنان, كوفي أنان | عنان | c=GHA Q1254
2007-01-01 | Ban Ki-moon | بان كي مون | | c=KOR Q1253
2017-01-01 | Antonio Guterres | أنطونيو غوتيريش, أنطونيو غوتيريس | غوتيريش | Q311440 c=PRT

@ - spokesperson IGO org=Q1065 note=spokesperson_for_the_Secretary-General
1997 | Fred Eckhard | فريد إيكهارد | | c=USA
2005-07 | Stephane Dujarric | ستيفان دوجاريك | دوجاريك | c=FRA
2007-01 | Michele Montas | ميشيل مونتاس | | f c=HTI
2010-01 | Martin Nesirky | مارتن نسيركي | | c=GBR
2014-02 | Stephane Dujarric

@ - un_envoy IGO org=Q1065 target=SYR note=Syria
2012-02-23 | Kofi Annan
2012-09-01 | Lakhdar Brahimi | الأخضر الإبراهيمي | الإبراهيمي | c=DZA
2014-07-10 | Staffan de Mistura | ستافان دي ميستورا | دي ميستورا | c=ITA
2019-01-07 | Geir Pedersen | غير بيدرسن | بيدرسن | c=NOR

@ - un_envoy IGO org=Q1065 target=YEM note=Yemen
2011-04 | Jamal Benomar | جمال بنعمر | بنعمر | c=MAR
2015-04-25 | Ismail Ould Cheikh Ahmed
2018-03-11 | Martin Griffiths | مارتن غريفيث | غريفيث | c=GBR
2021-08-05 | Hans Grundberg | هانس غروندبرغ | غروندبرغ | c=SWE

@ - un_envoy IGO org=Q1065 target=LBY note=Libya
2011-09 | Ian Martin | إيان مارتن | | c=GBR
2012-10 | Tarek Mitri | طارق متري | | c=LBN
2014-09-01 | Bernardino Leon | برناردينو ليون | | c=ESP
2015-11-17 | Martin Kobler | مارتن كوبلر | كوبلر | c=DEU
2017-06-22 | Ghassan Salame | غسان سلامة | | c=LBN
2020-03-02 | Stephanie Williams | ستيفاني ويليامز | | f acting c=USA
2021-02-08 | Jan Kubis | يان كوبيش | كوبيش | c=SVK
2021-12 | Stephanie Williams | | | # special adviser
2022-09-02 | Abdoulaye Bathily | عبد الله باتيلي | باتيلي | c=SEN
2024-05 | Stephanie Koury | ستيفاني خوري | | f acting c=USA
2025-02 | Hanna Tetteh | هانا تيتيه | | f c=GHA

@ - un_envoy IGO org=Q1065 target=IRQ note=Iraq
2003-05 | Sergio Vieira de Mello | سيرجيو فييرا دي ميلو | | c=BRA end=2003-08-19
2004-07 | Ashraf Qazi | أشرف قاضي | | c=PAK
2007-09 | Staffan de Mistura
2009-07 | Ad Melkert | آد ملكرت | | c=NLD
2011-10 | Martin Kobler
2013-08 | Nickolay Mladenov | نيكولاي ملادينوف | ملادينوف | c=BGR
2015-02 | Jan Kubis
2018-12 | Jeanine Hennis-Plasschaert | جينين هينيس بلاسخارت | بلاسخارت | f c=NLD
2024-06 | Mohamed Al Hassan | محمد الحسان | | c=OMN

@ - un_envoy IGO org=Q1065 target=LBN note=Lebanon
2008 | Michael Williams | مايكل ويليامز | | c=GBR
2012-01 | Derek Plumbly | ديريك بلامبلي | | c=GBR
2015-03 | Sigrid Kaag | سيغريد كاغ | كاغ | f c=NLD
2017-02 | Pernille Dahler Kardel | برنيل داهلر كارديل | | f c=DNK
2019-01 | Jan Kubis
2022-04 | Joanna Wronecka | يوانا فرونيتسكا | | f c=POL
2024-05 | Jeanine Hennis-Plasschaert

@ - un_envoy IGO org=Q1065 target=PSE note=Middle_East_peace_process
1999-10 | Terje Rod-Larsen | تيري رود لارسن | | c=NOR
2005-05 | Alvaro de Soto | ألفارو دي سوتو | | c=PER
2007-06 | Michael Williams
2008-01 | Robert Serry | روبرت سيري | | c=NLD
2015-02 | Nickolay Mladenov
2021-01 | Tor Wennesland | تور وينسلاند | وينسلاند | c=NOR
2025-01 | Sigrid Kaag | | | acting

@ - un_envoy IGO org=Q1065 target=SDN note=Sudan
2024-01 | Ramtane Lamamra | | | # personal envoy of the Secretary-General

@ - igo_head IGO org=Q7172 # Secretary-General
1991-05-15 | Esmat Abdel Meguid | عصمت عبد المجيد | | c=EGY
2001-06-01 | Amr Moussa | | | c=EGY
2011-07-01 | Nabil Elaraby
2016-07-01 | Ahmed Aboul Gheit

@ - igo_head IGO org=Q7184 # Secretary General
1999-10-14 | George Robertson | جورج روبرتسون | | c=GBR
2004-01-01 | Jaap de Hoop Scheffer | ياب دي هوب شيفر | | c=NLD
2009-08-01 | Anders Fogh Rasmussen | أندرس فوغ راسموسن | راسموسن | c=DNK
2014-10-01 | Jens Stoltenberg | ينس ستولتنبرغ | ستولتنبرغ | c=NOR
2024-10-01 | Mark Rutte | مارك روته | روته | c=NLD

@ - igo_head IGO org=Q458 note=High_Representative_for_Foreign_Affairs
1999-10-18 | Javier Solana | خافيير سولانا | سولانا | c=ESP
2009-12-01 | Catherine Ashton | كاثرين آشتون | آشتون | f c=GBR
2014-11-01 | Federica Mogherini | فيديريكا موغيريني | موغيريني | f c=ITA
2019-12-01 | Josep Borrell | جوزيب بوريل | بوريل | c=ESP
2024-12-01 | Kaja Kallas | كايا كالاس | كالاس | f c=EST

@ - igo_head IGO org=mrs:org:eu-commission # President
1999-09-16 | Romano Prodi | رومانو برودي | برودي | c=ITA
2004-11-22 | Jose Manuel Barroso | جوزيه مانويل باروسو | باروسو | c=PRT
2014-11-01 | Jean-Claude Juncker | جان كلود يونكر | يونكر | c=LUX
2019-12-01 | Ursula von der Leyen

@ - igo_head IGO org=mrs:org:eu-council # President
2009-12-01 | Herman Van Rompuy | هيرمان فان رومبوي | | c=BEL
2014-12-01 | Donald Tusk | دونالد توسك | توسك | c=POL
2019-12-01 | Charles Michel | شارل ميشيل | | c=BEL
2024-12-01 | Antonio Costa | أنطونيو كوستا | | c=PRT

@ - igo_head IGO org=Q7159 # Chairperson of the Commission
2002-07-09 | Amara Essy | أمارا عيسى | | c=CIV interim
2003-09-16 | Alpha Oumar Konare | ألفا عمر كوناري | | c=MLI
2008-04-28 | Jean Ping | جان بينغ | | c=GAB
2012-10-15 | Nkosazana Dlamini-Zuma | نكوسازانا دلاميني زوما | | f c=ZAF
2017-03-14 | Moussa Faki | موسى فقي محمد, موسى فكي | | c=TCD
2025-02-15 | Mahmoud Ali Youssouf

@ - igo_head IGO org=mrs:org:oic # Secretary-General
2001-01 | Abdelouahed Belkeziz | عبد الواحد بلقزيز | | c=MAR
2005-01-01 | Ekmeleddin Ihsanoglu | أكمل الدين إحسان أوغلو | إحسان أوغلو | c=TUR
2014-01-01 | Iyad Madani | إياد مدني | | c=SAU
2016-11-01 | Yousef Al-Othaimeen | يوسف العثيمين | العثيمين | c=SAU
2021-11 | Hissein Brahim Taha | حسين إبراهيم طه | | c=TCD

@ - igo_head IGO org=Q7795 # Secretary General
2007-01-01 | Abdallah Salem el-Badri | عبد الله سالم البدري | | c=LBY
2016-08-01 | Mohammed Barkindo | محمد باركيندو | | c=NGA end=2022-07-05
2022-08-01 | Haitham al-Ghais | هيثم الغيص | الغيص | c=KWT

@ - igo_head IGO org=mrs:org:iaea # Director General
1997-12-01 | Mohamed ElBaradei
2009-12-01 | Yukiya Amano | يوكيا أمانو | أمانو | c=JPN end=2019-07-18
2019-07-22 | Cornel Feruta | كورنيل فيروتا | | c=ROU acting
2019-12-03 | Rafael Grossi | رافائيل غروسي | غروسي | c=ARG

@ - igo_head IGO org=Q7817 # Director-General
1998-07-21 | Gro Harlem Brundtland | غرو هارلم برونتلاند | | f c=NOR
2003-07-21 | Lee Jong-wook | لي جونغ ووك | | c=KOR end=2006-05-22
2007-01-04 | Margaret Chan | مارغريت تشان | | f c=CHN
2017-07-01 | Tedros Adhanom Ghebreyesus | تيدروس أدهانوم غيبريسوس | تيدروس | c=ETH

@ - igo_head IGO org=mrs:org:unhcr # High Commissioner for Refugees
2001-01-01 | Ruud Lubbers | رود لوبرز | | c=NLD
2005-06-15 | Antonio Guterres
2016-01-01 | Filippo Grandi | فيليبو غراندي | غراندي | c=ITA

@ - igo_head IGO org=mrs:org:unrwa # Commissioner-General
2005 | Karen AbuZayd | كارين أبو زيد | | f c=USA
2010-03 | Filippo Grandi
2014-03 | Pierre Kraehenbuehl | بيير كرينبول | | c=CHE
2020-04-01 | Philippe Lazzarini | فيليب لازاريني | لازاريني | c=CHE

@ - igo_head IGO org=Q7804 # Managing Director
2000-05-01 | Horst Koehler
2004-06-07 | Rodrigo Rato | رودريغو راتو | | c=ESP
2007-11-01 | Dominique Strauss-Kahn | دومينيك ستروس كان | | c=FRA end=2011-05-18
2011-07-05 | Christine Lagarde
2019-10-01 | Kristalina Georgieva | كريستالينا غورغييفا | غورغييفا | f c=BGR

@ - igo_head IGO org=Q7164 # President
1995-06-01 | James Wolfensohn | جيمس وولفنسون | | c=USA
2005-06-01 | Paul Wolfowitz | بول وولفويتز | وولفويتز | c=USA
2007-07-01 | Robert Zoellick | روبرت زوليك | | c=USA
2012-07-01 | Jim Yong Kim | جيم يونغ كيم | | c=USA end=2019-02-01
2019-04-09 | David Malpass | ديفيد مالباس | | c=USA
2023-06-02 | Ajay Banga | أجاي بانغا | | c=USA

@ - igo_head IGO org=European_Central_Bank # President
1998-06-01 | Wim Duisenberg | فيم دويزنبرغ | | c=NLD
2003-11-01 | Jean-Claude Trichet
2011-11-01 | Mario Draghi | ماريو دراغي | دراغي | c=ITA
2019-11-01 | Christine Lagarde

@ - igo_head IGO org=mrs:org:icrc # President
2000 | Jakob Kellenberger | ياكوب كيلنبرغر | | c=CHE
2012-07-01 | Peter Maurer | بيتر ماورير | | c=CHE
2022-10-01 | Mirjana Spoljaric Egger | ميريانا سبولياريتش | | f c=CHE

@ - igo_head IGO org=mrs:org:icc note=Prosecutor
2003-06-16 | Luis Moreno Ocampo | لويس مورينو أوكامبو | أوكامبو | c=ARG
2012-06-15 | Fatou Bensouda | فاتو بنسودا | بنسودا | f c=GMB
2021-06-16 | Karim Khan | كريم خان | | c=GBR

@ - igo_head IGO org=mrs:org:ocha # Under-Secretary-General for Humanitarian Affairs
2007 | John Holmes | جون هولمز | | c=GBR
2010-09 | Valerie Amos | فاليري آموس | | f c=GBR
2015-06 | Stephen O'Brien | ستيفن أوبراين | | c=GBR
2017-09 | Mark Lowcock | مارك لوكوك | | c=GBR
2021-07 | Martin Griffiths
2024-07 | -
2024-11 | Tom Fletcher | توم فليتشر | فليتشر | c=GBR
@ USA attorney_general JUD
2001-02-02 | John Ashcroft | جون أشكروفت |
2005-02-03 | Alberto Gonzales | ألبرتو غونزاليس | | end=2007-09-17
2007-11-09 | Michael Mukasey | مايكل موكاسي |
2009-02-03 | Eric Holder | إريك هولدر |
2015-04-27 | Loretta Lynch | لوريتا لينش | | f end=2017-01-20
2017-02-09 | Jeff Sessions | جيف سيشنز | | end=2018-11-07
2019-02-14 | William Barr | ويليام بار | | end=2020-12-23
2021-03-11 | Merrick Garland | ميريك غارلاند | | end=2025-01-20
2025-02-05 | Pam Bondi | بام بوندي | | f

@ USA ambassador GOV org=Q1065 note=ambassador_to_the_UN
2001-09 | John Negroponte | جون نغروبونتي |
2004-07 | John Danforth | جون دانفورث |
2005-08 | John Bolton
2007-04 | Zalmay Khalilzad | زلماي خليل زاد | خليل زاد
2009-01-22 | Susan Rice
2013-08 | Samantha Power | سامانثا باور | | f
2017-01-27 | Nikki Haley | نيكي هايلي | هايلي | f end=2018-12-31
2019-09 | Kelly Craft | كيلي كرافت | | f end=2021-01-20
2021-02-25 | Linda Thomas-Greenfield | ليندا توماس غرينفيلد | | f end=2025-01-20
2025-01-20 | Dorothy Shea | دوروثي شيا | | f acting
2025-09-19 | Mike Waltz | | | approx

@ RUS ambassador GOV org=Q1065 note=permanent_representative_to_the_UN
1994 | Sergey Lavrov | | | end=2004-03-09
2004-07 | Andrey Denisov | أندريه دينيسوف | | end=2006-04
2006-04 | Vitaly Churkin | فيتالي تشوركين | تشوركين | end=2017-02-20
2017-07-27 | Vasily Nebenzya | فاسيلي نيبينزيا | نيبينزيا

@ CHN ambassador GOV org=Q1065 note=permanent_representative_to_the_UN
2019-09 | Zhang Jun | تشانغ جون | | end=2024-03
2024-04 | Fu Cong | فو تسونغ |

@ RUS national_security_adviser GOV note=secretary_of_the_Security_Council
1999-11 | Sergei Ivanov
2001-03-28 | Vladimir Rushailo
2004-03 | Igor Ivanov
2007-07 | Valentin Sobolev | فالنتين سوبوليف | | acting
2008-05-12 | Nikolai Patrushev
2024-05-14 | Sergei Shoigu

@ RUS army_spokesperson MIL note=defence_ministry_spokesman
2017 | Igor Konashenkov | إيغور كوناشينكوف | كوناشينكوف

@ RUS oil_minister GOV note=minister_of_energy
2012-05-21 | Alexander Novak | ألكسندر نوفاك | نوفاك | end=2020-11-10
2020-11-10 | Nikolai Shulginov | نيكولاي شولغينوف | | end=2024-05-14
2024-05-14 | Sergey Tsivilev | سيرغي تسيفيليف |

@ GBR national_security_adviser GOV
2010-05 | Peter Ricketts | بيتر ريكيتس |
2012-01 | Kim Darroch | كيم داروك |
2015-09 | Mark Lyall Grant | مارك ليال غرانت |
2017-04 | Mark Sedwill | مارك سيدويل |
2020-09 | David Frost | ديفيد فروست |
2021-03 | Stephen Lovegrove | ستيفن لوفغروف |
2022-09 | Tim Barrow | تيم بارو |
2024-11 | Jonathan Powell | جوناثان باول |
@ USA chief_justice JUD
1986-09-26 | William Rehnquist | ويليام رينكويست | | end=2005-09-03
2005-09-29 | John Roberts | جون روبرتس |
"""
