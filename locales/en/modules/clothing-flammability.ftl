### Source: content/modules/clothing-flammability.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/clothing-flammability.ftl.

# Flammability of clothing and children's sleepwear (title)
title-407bd3c396 = Flammability of clothing and children's sleepwear

# Flammability of clothing and children's sleepwear (summary)
summary-4bac8d3770 = All clothing textiles must meet the U.S. flammability standard, and children's sleepwear in sizes 0 through 14 must meet stricter standards.

# Flammability of clothing and children's sleepwear (learning objective)
objective-4ad02419e7 = Explain the three flammability classes for clothing textiles.

# Flammability of clothing and children's sleepwear (learning objective)
objective-425f9e5114 = Decide whether a garment is children's sleepwear.

# Flammability of clothing and children's sleepwear (learning objective)
objective-d0ee76d965 = Explain when infant garments and tight-fitting garments are excepted from the sleepwear rules.

# Flammability of clothing and children's sleepwear (learning objective)
objective-e179aa677a = Check the care labels on children's sleepwear.

# Flammability of clothing and children's sleepwear (paragraph)
p-796546304f = Clothing can catch fire. U.S. law, the Flammable Fabrics Act, therefore sets flammability rules for clothing. All clothing textiles must meet 16 CFR part 1610. Children's sleepwear must meet stricter rules, in 16 CFR 1615 and 1616.

# Flammability of clothing and children's sleepwear › Clothing textiles (heading)
h-0faf5f9fd0 = Clothing textiles

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-29f4ec5e59 = 16 CFR part 1610 is the Standard for the Flammability of Clothing Textiles. It puts textiles into three classes (16 CFR 1610.4).

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4f3a9bd003 = Class

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-1f5d64b928 = Meaning

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-fd9bc10732 = Use in clothing

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-51dfeec557 = Class 1

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-0883e35169 = Normal flammability

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-4b9cfa1c7d = Acceptable

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7d4bd5921b = Class 2

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-7cb7201681 = Intermediate flammability

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-d790d88865 = May be used

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-19ee19b164 = Class 3

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-edf0718a0e = Rapid and intense burning

# Flammability of clothing and children's sleepwear › Clothing textiles (table cell)
td-f0406a0e7e = Not allowed

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ba93e795ae = Class 2 applies only to textiles with a raised-fiber surface. Class 3 textiles are dangerously flammable. They may not be used in clothing. It is prohibited to make, sell or import Class 3 apparel.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-59fc3b6c8b = The standard was revised by a final rule of March 25, 2008. The revised standard took effect on September 22, 2008.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ea4a2bd723 = Some items are not covered by the standard[^1]:

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-4bbcac890a = hats that do not cover the face, neck or shoulders;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-1a1a1171bd = gloves 14 inches long or shorter that are not attached to a garment;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
# previous: li-b5b7e0849d
li-e491a08a5b = footwear that is not attached to a garment and does not consist of hosiery, in whole or in part;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-7a8f3d3d53 = interlining fabrics.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-3468faf411 = Check these lists against the current text of 16 CFR part 1610. The full lists in the rule may be longer.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
# previous: p-d0532ee6ab
p-a1cea6ae88 = These fabrics are exempt from testing (16 CFR 1610.1(d)):

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
li-df7b593c57 = plain-surface fabrics that weigh 2.6 oz/yd² (88.2 g/m²) or more, whatever the fiber;

# Flammability of clothing and children's sleepwear › Clothing textiles (list item)
# previous: li-c9852dbba4
li-398f32fffc = all fabrics, plain-surface or raised-fiber surface, of any weight, made entirely of one or more of these six fibers: acrylic, modacrylic, nylon, olefin, polyester and wool.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-7333c4b76a = The list of six fibers is complete. A fabric with any other fiber, for example cotton or rayon, is not exempt under the second rule.

# Flammability of clothing and children's sleepwear › Clothing textiles (paragraph)
p-ee1b65ee9b = Before you skip a flammability test, check the current text of 16 CFR part 1610. Agree on the decision with the U.S. importer.

# Flammability of clothing and children's sleepwear › Children's sleepwear (heading)
h-0f2249e86d = Children's sleepwear

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-f5d2d0754a = Children's sleepwear is any wearing apparel in sizes 0 through 14 that is intended mainly for sleeping or for sleep-related activities. Examples are nightgowns, pajamas, robes and loungewear.

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-74a3978d10 = Sizes

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-62845f31a2 = Rule

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-cb971f83e8 = 0 to 6X

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-1bd744c51c = 7 to 14

# Flammability of clothing and children's sleepwear › Children's sleepwear (table cell)
td-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-75fd2ba9a6 = Some garments are excepted from the sleepwear rules. They must meet 16 CFR part 1610 instead:

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6d6972494a = diapers and underwear;

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-6664462455 = infant garments (16 CFR 1615.1(c));

# Flammability of clothing and children's sleepwear › Children's sleepwear (list item)
li-5c306bf18c = tight-fitting garments (16 CFR 1615.1(o) and 1616.2(m)).

# Flammability of clothing and children's sleepwear › Children's sleepwear (paragraph)
p-846bdf6598 = The exceptions for infant garments and tight-fitting garments were created by amendments in 1996. Technical changes in 1999 made the measurement points clearer.

# Flammability of clothing and children's sleepwear › Infant garments (heading)
h-334319fb25 = Infant garments

# Flammability of clothing and children's sleepwear › Infant garments (paragraph)
p-07f3904b02 = An infant garment must meet all of these conditions:

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-088a089b83 = It is sized 9 months or smaller.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-7a8b620dca = A one-piece garment is no longer than 64.8 cm (25.75 in). In a two-piece garment, no piece is longer than 40 cm (15.75 in).

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-4ba8fd85f1 = It meets 16 CFR 1610 and 1611.

# Flammability of clothing and children's sleepwear › Infant garments (list item)
li-335c773d52 = It has a label that states the size in months. If the label is not visible at retail, the package must also state the size.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (heading)
h-108fe650c2 = Tight-fitting garments

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-79b7fb8ef7 = The rule lists maximum dimensions for each size. These are for the chest, waist, seat, upper arm, thigh, wrist and ankle (16 CFR 1615.1(o)(1) and 1616.2(m)(1)). A tight-fitting garment must not exceed any of them. It must also have no fabric, ornamentation or trim, such as lace, appliqués or ribbon, beyond the limits that the rule sets.

# Flammability of clothing and children's sleepwear › Tight-fitting garments (paragraph)
p-8203ac9c18 = This module does not give the table of maximum dimensions. Measure each size against the current table in the rule. If a garment is larger than the table at any point, it is not tight-fitting. Then it must meet the full sleepwear rules.

# Flammability of clothing and children's sleepwear › Care labels (heading)
h-6755bf8cc3 = Care labels

# Flammability of clothing and children's sleepwear › Care labels (paragraph)
p-847e4124e1 = All children's sleepwear covered by the rules must carry permanent care labels. The labels must warn against agents that reduce flame resistance. If the garment was tested after one wash, the label must also say to wash it before wearing (16 CFR 1616.6(a)). Part 1615 has the same rule.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (heading)
h-70ba12d247 = Lead, certificates and tracking labels

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-f3b4da8326 = Children's clothing must also meet the [lead limits](lead-and-phthalates.md#limits). Textiles, dyed or undyed, are determined not to exceed the lead limits (16 CFR 1500.91). They need no third-party lead testing. Screen prints, transfers and other after-treatment applications are not covered. Non-textile items are not covered either. They must be tested.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-091cea407b = CPSC publishes a sample Children's Product Certificate for an article of children's clothing. A typical certificate for a garment cites 16 CFR 1610 and the lead content rule. For sleepwear, it also cites 16 CFR 1615 or 1616. A textile lead exemption is named on the certificate in place of a laboratory.

# Flammability of clothing and children's sleepwear › Lead, certificates and tracking labels (paragraph)
p-a5ba79cf80 = Children's clothing must also carry tracking labels. The FTC Registered Identification Number (RN) can supply part of the information. Outerwear with drawstrings has its own rules, see [drawstrings](clothing-drawstrings.md).

# Flammability of clothing and children's sleepwear › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-535e95aca9 = Decide for each garment whether it is children's sleepwear.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-b107cca6f8 = Check that no fabric for clothing is Class 3.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-65e91f14c6 = Test sleepwear to 16 CFR 1615 (sizes 0 to 6X) or 16 CFR 1616 (sizes 7 to 14).

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-6744f97ed4 = For infant garments and tight-fitting garments, measure each size against the rule.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-f6350970a8 = Sew a permanent care label into each garment of sleepwear.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-d8c230bdca = Test prints, transfers and non-textile parts for lead.

# Flammability of clothing and children's sleepwear › What to do in the factory (list item)
li-cd7d365b93 = Tell the importer before you change a fabric, a trim or a supplier. Keep all test records.

# Flammability of clothing and children's sleepwear › What to do in the factory (paragraph)
p-8618a097ad = CPSC has published training in Vietnamese on regulations for textile and clothing products. It is a video from March 2009, with a transcript on cpsc.gov. Some rules have changed since then. Always check the current text of the rules.

# Flammability of clothing and children's sleepwear › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-19d0e56d18 = A fabric shows rapid and intense burning. It is Class 3. May it be used in clothing?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-566765d7fc = Yes, if the garment has a warning label.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-c92f84af7d = Yes, but only in adult clothing.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-bb9d17c93e = No. Class 3 textiles may not be used in clothing.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-499e2a86eb = Class 3 textiles are dangerously flammable. It is prohibited to make, sell or import Class 3 apparel.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f4172c6173 = Which rule covers pajamas in size 10?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7e3f263ca1 = 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-001b87c753 = 16 CFR part 1616

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-25e9abb58a = Only 16 CFR part 1610

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ca693800ff = Part 1615 covers sizes 0 to 6X. Part 1616 covers sizes 7 to 14.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-87ddc9226d = A one-piece sleeper is sized 6 months and is 60 cm long. It meets 16 CFR 1610 and 1611, and its label states the size in months. What is it?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-7bfba29594 = An infant garment, excepted from the sleepwear rules

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-f03747c786 = A tight-fitting garment

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-61b5f59e32 = Sleepwear that must meet 16 CFR part 1615

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-754dcd5051 = It is sized 9 months or smaller and is no longer than 64.8 cm. So it is an infant garment. It must meet 16 CFR part 1610.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-5aa809303b = Sleepwear was tested after one wash. What must its permanent label say?

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-df2c9a7756 = Nothing more

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-ffb3d5b886 = Wash the garment before wearing it.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-187b3cee6e = Do not wash the garment.

# Flammability of clothing and children's sleepwear › Check your knowledge (list item)
li-d0bdc7048a = If the item was tested after one wash, the label must say to wash it before wearing.

# Flammability of clothing and children's sleepwear › Sources (heading)
h-caf85b0888 = Sources

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ddc6ecd8c2 = { "[" }eCFR: Part 1610, flammability of clothing textiles](https://www.ecfr.gov/current/title-16/part-1610)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-be8641e951 = { "[" }LII: Definition of article of wearing apparel (Flammable Fabrics Act regulations)](https://www.law.cornell.edu/cfr/text/16/1609.1)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-1c4106bc63 = { "[" }eCFR: Part 1615, children's sleepwear, sizes 0 through 6X](https://www.ecfr.gov/current/title-16/part-1615)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-9b74effef4 = { "[" }eCFR: Part 1616, children's sleepwear, sizes 7 through 14](https://www.ecfr.gov/current/title-16/part-1616)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, materials that do not exceed the lead limits](https://www.ecfr.gov/current/title-16/section-1500.91)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2f16add235 = { "[" }Federal Register: clothing textiles final rule, March 25, 2008](https://webarchive.library.unt.edu/eot2008/20081011225550/http://edocket.access.gpo.gov/2008/E8-5569.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-395136d727 = { "[" }Federal Register: sleepwear amendments, September 9, 1996](https://www.gpo.gov/fdsys/pkg/FR-1996-09-09/html/96-22697.htm)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ab15dc523f = { "[" }Federal Register: sleepwear technical changes, January 19, 1999](http://federal.elaws.us/fr/1/19/1999/99-1138)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-07e13d9535 = { "[" }Federal Register: textiles and lead, October 14, 2015](https://thefederalregister.org/80-FR/61729)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-7c46a3b4d9 = { "[" }CPSC: Children's sleepwear FAQ](https://cpsc.gov/FAQ/Childrens-Sleepwear)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-2bb8ea4713 = { "[" }CPSC: Infant and tight-fitting garments FAQ](https://cpsc.gov/FAQ/Infant-Tightfitting-Garments)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Children's Product Certificate](http://www.cpsc.gov/cpc)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Tracking label FAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Flammability of clothing and children's sleepwear › Sources (list item)
li-d920cda87d = { "[" }CPSC: Video on textile and clothing regulations, in Vietnamese](http://cpsc.gov/Business--Manufacturing/International/Vietnamese/Topics/Video-Clip---Regulations-for-Textile-and-Clothing-Products-March-2009/)

