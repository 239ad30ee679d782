### Source: content/modules/toys-sharp-edges-magnets-batteries.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/toys-sharp-edges-magnets-batteries.ftl.

# Sharp points, sharp edges, magnets and button batteries (title)
title-7498fed225 = Sharp points, sharp edges, magnets and button batteries

# Sharp points, sharp edges, magnets and button batteries (summary)
# previous: summary-b989aa9cdf
summary-1f6f2326b8 = Toys for children under 8 are tested for sharp points and sharp edges, and toys and some other products with small magnets or button and coin batteries must meet special U.S. rules.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-d44105b13a = Explain which toys are tested for sharp points and sharp edges.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-390c1c1af7 = Explain when a toy that needs a sharp point or edge is exempt.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
# previous: objective-8683e44dd7
objective-d049a82fd6 = Name the rules for magnets in toys and in subject magnet products.

# Sharp points, sharp edges, magnets and button batteries (learning objective)
objective-c150439cf5 = Explain the U.S. rules for products with button and coin batteries.

# Sharp points, sharp edges, magnets and button batteries (paragraph)
p-e1076567c4 = Sharp points and sharp edges on a toy can injure a child. U.S. rules set tests for them. Magnets and button or coin batteries also have their own U.S. rules. This module explains these rules.

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (heading)
h-187a5e3271 = Which rules apply

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-5c5f3b2772 = Hazard

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-4edc8bfafc = Products

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-62845f31a2 = Rule

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-78e4f26094 = Sharp points

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-8863e7e212 = Toys and articles for children under 8

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-cc1c8c8b34 = 16 CFR 1500.48

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-47b05425f3 = Sharp metal or glass edges

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-bba0c65bf3 = 16 CFR 1500.49

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f176079c18 = Magnets in toys

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-fd16c1f32f = Toys

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
# previous: td-809871dd7f
td-41ccdd70fa = ASTM F963 (16 CFR 1250.2)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
# previous: td-e934474b4f
td-dfdca3bd47 = Magnets in subject magnet products

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
# previous: td-944971d1f6
td-8b8718f951 = Some products that are not toys (see below)

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-f9c0aa89ca = 16 CFR part 1262

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
# previous: td-6e7eb240ad
td-c9369ba338 = Button and coin batteries in toys

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-e5c00fcbdc = Toys for children under 14

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-0478ef8603 = Button and coin batteries in other products

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
# previous: td-0cb35c17d7
td-870a37fb8f = Other consumer products that contain them

# Sharp points, sharp edges, magnets and button batteries › Which rules apply (table cell)
td-6c8d8c0fce = 16 CFR part 1263

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (heading)
h-fa8517b163 = Sharp points and sharp edges

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-16be566b6e = Two rules set technical tests for toys and other articles intended for children under 8:

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-5918cddb4c = 16 CFR 1500.48 for sharp points;

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (list item)
li-8cdccffa41 = 16 CFR 1500.49 for sharp metal or glass edges.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-aee7c352cb = The tests apply to accessible points and edges. They apply before the use and abuse tests. They apply again after the use and abuse tests. So a point or an edge that appears during these tests also counts.

# Sharp points, sharp edges, magnets and button batteries › Sharp points and sharp edges (paragraph)
p-1e6a5a9a10 = The rule for sharp points took effect on December 22, 1978. The rule for sharp edges took effect on March 26, 1979.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (heading)
h-cf0b7a2752 = Toys that need a sharp point or edge

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-2181d76992 = Some toys need a sharp point or edge to work. Examples are toy scissors, toy tool kits and the needle of a toy sewing machine. Such a toy is exempt from the tests only if both of these are true:

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-46ba02d907 = It has no sharp point or edge that it does not need for its function.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (list item)
li-5b3d16822b = It is conspicuously labeled. This means that the label is easy to see.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-354fbc7092 = This module does not give the label text. Agree on the label with the U.S. importer.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-3b935da6ae = The exemption needs both conditions. If toy scissors have one sharp point or edge that they do not need to work, they are not exempt. Check every accessible point and edge, also after the use and abuse tests.

# Sharp points, sharp edges, magnets and button batteries › Toys that need a sharp point or edge (paragraph)
p-05cd8fc0cf = Cribs and bicycles are exempt from these two rules, because they have their own rules. For cribs, see [full-size and non-full-size cribs](cribs-full-size-and-non-full-size.md).

# Sharp points, sharp edges, magnets and button batteries › Magnets (heading)
h-5333907e38 = Magnets

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
# previous: p-0c8bf27a5b
p-69a57184d4 = Magnets in toys and magnets in other products follow different rules. Many products with magnets are covered by neither rule.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-e9f9b08af3 = { "*" }*Toys.** ASTM F963 is the mandatory U.S. toy standard. 16 CFR part 1250 makes it mandatory. The magnet requirements for toys are in ASTM F963. A rule of January 18, 2024 incorporated the edition ASTM F963-23. It took effect on April 20, 2024.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-1d3ac6239a = { "*" }*Subject magnet products.** 16 CFR part 1262 is the Safety Standard for Magnets. It was published on September 21, 2022. It does not cover every product that is not a toy. It covers only "subject magnet products". A subject magnet product is a consumer product that meets all of these conditions:

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-7f8fec7c1e = It is designed, marketed or intended for entertainment, jewelry (including children's jewelry), mental stimulation or stress relief, or a combination of these.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-06616fdaba = It contains one or more loose or separable magnets.

# Sharp points, sharp edges, magnets and button batteries › Magnets (list item)
li-770d83c549 = It was made after October 21, 2022.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-fe353cca4c = An example is a set of small loose magnets sold to adults for stress relief.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
# previous: p-32146834b3
p-68c1d03b30 = Part 1262 does not apply to toys that are covered by 16 CFR part 1250. It also does not apply to products sold only to educators, researchers, professionals, or commercial or industrial users. Most other products with magnets are not covered by part 1262.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
# previous: p-50721c7fa0
p-0a62f0a6c5 = Under 16 CFR 1262.3, each loose or separable magnet in a subject magnet product that fits entirely in the small parts cylinder must have a flux index below 50 kG² mm². The flux index test method comes from ASTM F963 (16 CFR 1262.4).

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-bfa19c5551 = ASTM F963 is revised from time to time. Before you test a toy, check which edition 16 CFR part 1250 cites today.

# Sharp points, sharp edges, magnets and button batteries › Magnets (paragraph)
p-32cc681510 = In a toy for children under 3, every piece that comes off in the use and abuse tests goes into the small parts cylinder. This includes magnets and batteries. See [small parts](toys-small-parts.md).

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (heading)
h-6e7eb240ad = Button and coin batteries

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-ab924c1ebf = Reese's Law is a U.S. law about button cell and coin batteries. The rule that carries it out is 16 CFR part 1263. Part 1263 adopts the standard ANSI/UL 4200A-2023. It requires:

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-a95ac48f17 = a battery compartment that needs a tool, or two independent hand movements at the same time, to open;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-fa48e3d0da = use and abuse tests;

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (list item)
li-7e7d013ba7 = warnings on the packaging, on the product where practicable, and in the instructions.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-48837934d7 = The packaging of button and coin batteries must also be child-resistant. The packaging rule is 16 CFR 1700.15.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
# previous: p-dfc3e3ddb6
p-ceb4c0563b = These dates come from the rules (16 CFR 1263.1(b) and the rule 88 FR 65274) and from CPSC's FAQ. The date is the date of manufacture or import.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-f5f5690b0e = Requirement

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
# previous: td-38ea56ba2d
td-a82f1ec268 = Applies to products made or imported

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
# previous: td-5853aa259c
td-efbd03ccfc = Child-resistant packaging of button and coin batteries

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-0587a4ad5d = after February 12, 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
# previous: td-3d65f9b7f4
td-6b01c86ef8 = 16 CFR part 1263 for products with these batteries, children's products included

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c12e0e227f = on or after October 23, 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
# previous: td-882eac0c6d
td-147a3ec4c0 = Third-party testing and a Children's Product Certificate for children's products with these batteries

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (table cell)
td-c4582620f6 = on or after December 20, 2023

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
# previous: p-465d316f4b
p-e7728ddb31 = CPSC used enforcement discretion for the last two dates through March 19, 2024. All these dates are now past. Products made or imported today must comply.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-808850e668 = Packages of button and coin batteries made or imported after September 21, 2024 must also carry the warning labels of 16 CFR 1263.4.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-fef0c73008 = Zinc-air cells are not subject to 16 CFR part 1263. But their packaging is subject to the packaging rule.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
p-5658bdf7c9 = { "*" }*Toys.** Toys are exempt from 16 CFR part 1263 (16 CFR 1263.1(c)). Here a toy is any object designed, manufactured or marketed as a plaything for children under 14 years of age. The exemption applies only if the toy meets the battery accessibility and labeling requirements of 16 CFR part 1250. So for toys, check the battery requirements of ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › Button and coin batteries (paragraph)
# previous: p-03c4134179 p-fc9d397f80
p-a194ef3cc1 = Because of this exemption, part 1263 matters for children's products mainly when they are not toys, for example a child's night-light. Such a product must meet part 1263 from the same date as any other product. It must also be tested by a third-party laboratory and certified in a Children's Product Certificate. Before you plan battery tests, agree with the U.S. importer which rule applies to each product.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-d4f97e7d2c = Check the age grade of each toy first. The sharp point and sharp edge tests apply to toys for children under 8.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-c1d30eaaca = Check every accessible point and edge before and after the use and abuse tests.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-4753fe346f = If a toy needs a sharp point or edge, remove every other sharp point and edge. Put a conspicuous label on it.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
# previous: li-6cd6a5d983
li-a415eeeffc = Check which magnet rule applies: ASTM F963 for toys, 16 CFR part 1262 for subject magnet products. A subject magnet product is for entertainment, jewelry, mental stimulation or stress relief, and has loose or separable magnets.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-563ff69573 = For toys with button or coin batteries, meet the battery requirements of ASTM F963.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-04c9e00fba = For products under 16 CFR part 1263, make battery compartments that need a tool, or two independent hand movements at the same time, to open.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-1c5ad9e47f = For these products, check the battery warnings on the packaging, on the product and in the instructions.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-b7c5c634ae = Use child-resistant packaging for button and coin batteries.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (list item)
li-23c16ec3db = Keep all test records. The importer needs them to certify the product.

# Sharp points, sharp edges, magnets and button batteries › What to do in the factory (paragraph)
# previous: p-d5ef33c17a
p-dc3c97ff84 = Under Indonesia's mandatory toy SNI, a toy is a product for children 14 years or younger. In Malaysia, a toy is goods for children under 14. The U.S. toy standard, ASTM F963 (16 CFR part 1250), also covers toys for children under 14. But some U.S. rules have their own age limits. The sharp point and sharp edge tests apply only to toys and articles for children under 8. The small parts ban applies to toys for children under 3. For toys that you ship to the United States, check the age limit of each U.S. rule.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-28cba2a0f3 = A toy is for children aged 5. Must it pass the sharp point and sharp edge tests?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0ef7ab06b9 = Yes, because it is for children under 8.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-de59dd0a2b = No, because it is for children over 3.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-4b3c58138d = Only if it has small parts.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-6228dd4955 = The tests in 16 CFR 1500.48 and 1500.49 apply to toys and articles intended for children under 8.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fb8c464897 = Toy scissors need a sharp edge to cut. When are they exempt from the sharp edge test?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-c50d21e7dd = Always, because they need the edge.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-feee767b81 = If they have no other sharp point or edge and are conspicuously labeled.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-0a333e36de = If the importer agrees.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-bc337e3ca2 = Both conditions are needed. A toy with a sharp point or edge that it does not need for its function is not exempt.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
# previous: li-309a70c974
li-8267e0dbe0 = A set of small loose magnets is sold to adults as a stress-relief desk product. It was made in 2026. One magnet fits entirely in the small parts cylinder. What is the limit for its flux index?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
# previous: li-be48c66e32
li-5e6d357ac9 = There is no limit, because the set is sold to adults.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-93546d8884 = Below 50 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-fe50ed2c0a = Below 500 kG² mm²

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
# previous: li-ccd682efb6
li-2961ec873c = The set is marketed for stress relief and has loose magnets, so it is a subject magnet product under 16 CFR part 1262, also when it is sold to adults. 16 CFR 1262.3 sets this limit for each loose or separable magnet that fits entirely in the small parts cylinder.

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
# previous: li-c2abf4fb9d li-a2ce97e26a
li-e6845e899f = A night-light for children's rooms is designed and marketed for young children. It contains a coin battery. It is a children's product, but not a toy. From which date must such products be third-party tested and certified to 16 CFR part 1263?

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-23141a3f4e = February 12, 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-3e37f41fea = October 23, 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
li-66842b6df4 = December 20, 2023

# Sharp points, sharp edges, magnets and button batteries › Check your knowledge (list item)
# previous: li-37e38377a9 li-fbb554d604
li-e7776c306a = Such products had to meet 16 CFR part 1263 from October 23, 2023, like any other product (16 CFR 1263.1(b)). Third-party testing and certification were required for children's products made or imported on or after December 20, 2023. Toys that meet the battery requirements of 16 CFR part 1250 are exempt from part 1263.

# Sharp points, sharp edges, magnets and button batteries › Sources (heading)
h-caf85b0888 = Sources

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, sharp points](https://www.ecfr.gov/current/title-16/section-1500.48)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, sharp edges](https://www.ecfr.gov/current/title-16/section-1500.49)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-5279e3f581 = { "[" }CPSC: Sharp points regulation for toys, 1978](https://www.cpsc.gov/Newsroom/News-Releases/1978/CPSC-Announces-Sharp-Points-Regulation-For-Toys)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-852da373ea = { "[" }eCFR: Part 1250, safety standard for toys](https://www.ecfr.gov/current/title-16/part-1250)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-0c71aa0b34 = { "[" }Federal Register: ASTM F963-23 for toys, January 18, 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-504cbf83ef = { "[" }eCFR: Part 1262, safety standard for magnets](https://www.ecfr.gov/current/title-16/part-1262)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9d5378bfad = { "[" }eCFR: Part 1263, button and coin batteries](https://www.ecfr.gov/current/title-16/part-1263)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-9efee363b6 = { "[" }eCFR: Section 1700.15, child-resistant packaging](https://www.ecfr.gov/current/title-16/section-1700.15)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-775274ae31 = { "[" }CPSC: Button cell and coin battery FAQs](https://www.cpsc.gov/FAQ/Button-Cell-and-Coin-Battery-FAQs)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-c9e7efb8c3 = { "[" }BSN: Toy SNI (Indonesia)](https://bsn.go.id/main/berita/detail/8982/sni-mainan-anak-melindungi-konsumen-dan-produsen-lokal)

# Sharp points, sharp edges, magnets and button batteries › Sources (list item)
li-839d3bd06b = { "[" }KPDN MYSAFE: Toy regulations (Malaysia)](https://mysafe.kpdn.gov.my/portal/post/8)

