### Source: content/modules/infant-sleep-products.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/infant-sleep-products.ftl.

# Infant sleep products, crib mattresses, bassinets and play yards (title)
title-9a1777f2bc = Infant sleep products, crib mattresses, bassinets and play yards

# Infant sleep products, crib mattresses, bassinets and play yards (summary)
summary-5b6c21c79f = Products where infants sleep must meet CPSC safety standards, and inclined sleepers and crib bumpers are banned in the United States.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-c8969270ad = Name the CPSC rule for each type of infant sleep product.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-6ed433c7ff = Explain which products the Safe Sleep for Babies Act bans.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-da62146c44 = Explain why these products need third-party testing, a certificate and a registration card.

# Infant sleep products, crib mattresses, bassinets and play yards (learning objective)
objective-557512ffc6 = Plan the checks that a factory makes before it ships these products.

# Infant sleep products, crib mattresses, bassinets and play yards (paragraph)
p-34c3dcd793 = Products for infant sleep must meet strict U.S. rules. This module covers infant sleep products, crib mattresses, bassinets, cradles and play yards. It also covers the Safe Sleep for Babies Act. Cribs have their own rules, in 16 CFR 1219 and 1220. See the module on [cribs](cribs-full-size-and-non-full-size.md).

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (heading)
h-11e51bb1f8 = How the rules are made

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-0541427d4e = Section 104 of the Consumer Product Safety Improvement Act (CPSIA) covers durable infant or toddler products. Under this section, CPSC must issue standards that are substantially the same as the voluntary ASTM standards, or stricter. The law also sets a process to update a CPSC rule when ASTM revises its standard. So the ASTM edition in a rule can change. Always check the current text of the rule.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-2c662b521d = These section 104 rules are children's product safety rules. So each product needs:

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-1f05ed8bb7 = third-party testing by a CPSC-accepted laboratory;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-a2b0f5d4b0 = a Children's Product Certificate from the U.S. importer or the U.S. manufacturer;

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (list item)
li-b10f145461 = a consumer registration card.

# Infant sleep products, crib mattresses, bassinets and play yards › How the rules are made (paragraph)
p-98628eab16 = The certificate and the test reports must be in English. CPSC publishes a sample certificate for a bassinet.

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (heading)
h-d4a5bfd813 = Which rule covers which product

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-fb9ef89417 = Product

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-62845f31a2 = Rule

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-6b9e8b2181 = Infant sleep products

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-e48002383c = Crib mattresses

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-3f1019000c = Bassinets and cradles

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b16780f7f6 = 16 CFR part 1218

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-06c9360c8b = Play yards

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-b80c75e8c7 = Inclined sleepers, crib bumpers

# Infant sleep products, crib mattresses, bassinets and play yards › Which rule covers which product (table cell)
td-05eb210744 = Banned

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (heading)
h-6b9e8b2181 = Infant sleep products

# Infant sleep products, crib mattresses, bassinets and play yards › Infant sleep products (paragraph)
p-6162af119d = 16 CFR part 1236 covers infant sleep products. These are products marketed or intended to give sleeping accommodation to an infant up to 5 months of age. They are products that no other CPSC infant-sleep standard covers. An in-bed sleeper is one example. The final rule was published on June 23, 2021. It took effect on June 23, 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (heading)
h-e48002383c = Crib mattresses

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-04da3b197d = 16 CFR part 1241 covers these mattresses:

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-1bd943adb8 = mattresses for full-size cribs;

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-88349045d5 = mattresses for non-full-size cribs;

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (list item)
li-74e217aaea = after-market mattresses for play yards and for non-full-size cribs.

# Infant sleep products, crib mattresses, bassinets and play yards › Crib mattresses (paragraph)
p-ea5e597ac2 = The final rule was published on February 15, 2022. It took effect on August 15, 2022.

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (heading)
h-3f1019000c = Bassinets and cradles

# Infant sleep products, crib mattresses, bassinets and play yards › Bassinets and cradles (paragraph)
# previous: p-28b174503c
p-79c0ac2cd9 = 16 CFR part 1218 is the standard for bassinets and cradles. This rule can be updated when ASTM revises its standard. This training does not name the ASTM edition that the rule cites today. Check the current text of the rule in the eCFR before testing.

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (heading)
h-06c9360c8b = Play yards

# Infant sleep products, crib mattresses, bassinets and play yards › Play yards (paragraph)
p-9930e88963 = 16 CFR part 1221 is the standard for play yards. It was first issued on August 29, 2012, and took effect on February 28, 2013. It uses ASTM F406, without the sections that apply only to non-full-size cribs. A direct final rule of January 29, 2025 updated it to ASTM F406-24. That rule set an effective date of April 5, 2025.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (heading)
h-0a86a1bd54 = The Safe Sleep for Babies Act

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-5423e0431f = The Safe Sleep for Babies Act was signed on May 16, 2022. From 180 days after that date, two products are banned hazardous products under section 8 of the Consumer Product Safety Act.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-cc64a5d529 = { "*" }*Inclined sleepers for infants.** These are products with an inclined sleep surface of more than 10 degrees. They are intended, marketed or designed to give sleeping accommodation to an infant up to 1 year old.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (list item)
li-e2a724e072 = { "*" }*Crib bumpers.** A crib bumper is any material intended to cover the sides of a crib to prevent impact injuries or entrapment in crib openings. It includes padded bumpers, supported and unsupported vinyl bumper guards, and vertical crib slat covers. It does not include non-padded mesh crib liners.

# Infant sleep products, crib mattresses, bassinets and play yards › The Safe Sleep for Babies Act (paragraph)
p-b453598276 = The ban applies whatever the date of manufacture. A product made before the Act is also banned. Do not make inclined sleepers or crib bumpers for the U.S. market. Do not pack a crib bumper with another product for the U.S. market.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (heading)
h-d6175efb20 = Registration cards and marking

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-7b1d7cb5d0 = The rule for registration cards is 16 CFR part 1130. Each manufacturer, including an importer, must:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-eca1f869e9 = supply a postage-paid consumer registration form with each product;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-10882c28ef = keep records of the consumers who register;

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d80c82e93d = permanently mark the product with the manufacturer's name and contact details, the model name and number, and the date of manufacture.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f8f64b181c = For play yards, bassinets and cradles, this rule has applied since June 28, 2010. Later, infant sleep products were added as a subcategory of bassinets and cradles. Crib mattresses were added too.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-f9ad44d6b9 = The registration form must meet 16 CFR 1130.5:

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-26e63730a4 = All required information is in English.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-682bafbe1b = It is attached to the surface of the product, so the consumer must notice and handle it.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-64b3163859 = It shows the manufacturer's name, the model name and number, and the date of manufacture.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-d3c5834e4c = It offers registration on the internet.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (list item)
li-68fe0078cd = It says that the data will be used only for recall or safety alert purposes.

# Infant sleep products, crib mattresses, bassinets and play yards › Registration cards and marking (paragraph)
p-04c8a9d0be = Children's products and their packaging must also carry tracking labels. These show, for example, the manufacturer's name, the place and date of production, and a batch or run number. Durable infant or toddler products have more labeling rules on the product and on the outer package.

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (heading)
h-9ec1696976 = Reporting problems

# Infant sleep products, crib mattresses, bassinets and play yards › Reporting problems (paragraph)
p-0562955a39 = Manufacturers, importers, distributors and retailers must report to CPSC immediately in some cases. One case is information that reasonably supports the conclusion that a product fails to comply with a consumer product safety rule. They must not wait for an injury to happen. The rules are in 16 CFR part 1115. If you learn of a problem, tell the U.S. importer at once.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-11603843d4 = Before production, find the rule that covers each product.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-8678b606fb = Ask the laboratory which ASTM edition it tests to. Check it against the current rule.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-453ae2d4d1 = Do not make inclined sleepers or crib bumpers for the U.S. market.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89d1af789e = Mark each product permanently with the manufacturer's name and contact details, the model name and number, and the date of manufacture.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-bdfadfa2b1 = Attach the registration card to the product. Check that it is in English.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-89f17aa392 = Tell the importer before you change a design, a process or a material. A material change that could affect compliance needs new third-party testing and a new certificate.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (list item)
li-e1618feb22 = Keep all test records. Tell the importer at once about any test failure or incident.

# Infant sleep products, crib mattresses, bassinets and play yards › What to do in the factory (paragraph)
p-4ba1ed621d = CPSC's page about its office in Beijing says that firms in China make a large share of higher-risk children's products, such as clothing, cribs and nursery products. The page is not dated. When CPSC knows the Chinese manufacturer behind a voluntary recall, it gives the name and the recall announcement to the Chinese regulator. If CPSC has the manufacturer's name and address, it also notifies the manufacturer.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a0a20f6ec5 = A product gives sleeping accommodation to infants up to 5 months old. No other CPSC infant-sleep standard covers it. Which rule applies?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-790917086d = 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4efc0d813e = 16 CFR part 1236

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-4bbfcf2344 = 16 CFR part 1241

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-6701c07d4d = 16 CFR part 1236 covers infant sleep products that no other CPSC infant-sleep standard covers.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-3dc47d0bdb = Which product is banned by the Safe Sleep for Babies Act?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-64bb913eac = A padded crib bumper

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-fbfb7fd93e = A non-padded mesh crib liner

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-5157cb7cc1 = A play yard that meets 16 CFR part 1221

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-57b40c3779 = Padded crib bumpers are banned. Non-padded mesh crib liners are not included in the ban.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-da9ab3b0ab = An inclined sleeper for infants has a sleep surface of more than 10 degrees. It was made before the Act. May it be sold in the United States?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-ce658eb5e3 = Yes, because it was made before the Act.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b6309b7edc = Yes, if it carries a warning label.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-1814d2c83b = No, because the ban applies whatever the date of manufacture.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-b148637134 = Inclined sleepers for infants are banned hazardous products, whatever the date of manufacture.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
# previous: li-d7e9c0bc6f
li-0c738dbf52 = What must a consumer registration card for a bassinet do?

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-de105f1fa7 = Give all required information in English.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-f7dabc3613 = Ask the consumer to pay the postage.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
li-a9b3da4031 = Say that the data will be used only for recall or safety alert purposes.

# Infant sleep products, crib mattresses, bassinets and play yards › Check your knowledge (list item)
# previous: li-31ba7584fc
li-ecd6efb671 = Both of these are required. The form must be postage-paid and give all required information in English. It must say that the data will be used only for recall or safety alert purposes.

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (heading)
h-caf85b0888 = Sources

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5b634cbaf9 = { "[" }eCFR: Part 1236, infant sleep products](https://www.ecfr.gov/current/title-16/part-1236)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-429292259c = { "[" }eCFR: Part 1241, crib mattresses](https://www.ecfr.gov/current/title-16/part-1241)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3b04cc52f9 = { "[" }eCFR: Part 1218, bassinets and cradles](https://www.ecfr.gov/current/title-16/part-1218)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-302275d580 = { "[" }eCFR: Part 1221, play yards](https://www.ecfr.gov/current/title-16/part-1221)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5cdee80e66 = { "[" }eCFR: Part 1130, registration cards](https://www.ecfr.gov/current/title-16/part-1130)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, reporting](https://www.ecfr.gov/current/title-16/part-1115)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-3824b905cf = { "[" }Federal Register: infant sleep products rule, June 23, 2021](https://regulations.justia.com/regulations/fedreg/2021/06/23/2021-12723.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-01b9113336 = { "[" }Federal Register: crib mattresses rule, February 15, 2022](https://regulations.justia.com/regulations/fedreg/2022/02/15/2022-02414.html)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-dcb38dafe4 = { "[" }Federal Register: play yards rule, August 29, 2012](http://www.gpo.gov/fdsys/pkg/FR-2012-08-29/html/2012-21168.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-70ce0df7a1 = { "[" }Federal Register: play yards update, January 29, 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-8793b6f497 = { "[" }Safe Sleep for Babies Act of 2021, text](https://en.m.wikisource.org/wiki/Safe_Sleep_for_Babies_Act_of_2021)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-48eb455674 = { "[" }CPSC: Registration cards FAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Children's Product Certificate](http://www.cpsc.gov/cpc)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Tracking labels](https://cpsc.gov/trackinglabel)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Regional Product Safety Office, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

# Infant sleep products, crib mattresses, bassinets and play yards › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Chinese government notification of recalls](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)

