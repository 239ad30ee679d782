### Source: content/modules/cribs-full-size-and-non-full-size.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/cribs-full-size-and-non-full-size.ftl.

# Full-size and non-full-size cribs (title)
title-67f0745d6b = Full-size and non-full-size cribs

# Full-size and non-full-size cribs (summary)
summary-0f591f25e5 = Full-size and non-full-size baby cribs must meet mandatory U.S. safety standards, and each crib must come with a consumer registration card.

# Full-size and non-full-size cribs (learning objective)
objective-96707f80ab = Name the rule for full-size cribs and the rule for non-full-size cribs.

# Full-size and non-full-size cribs (learning objective)
objective-568c8c65e5 = Explain who must meet the crib rules, including child care facilities and hotels.

# Full-size and non-full-size cribs (learning objective)
objective-7928d3d362 = Explain the testing and certificate duties for cribs.

# Full-size and non-full-size cribs (learning objective)
objective-1fb71c7f21 = Prepare the registration card and the permanent marks for each crib.

# Full-size and non-full-size cribs (paragraph)
p-c32429e871 = Cribs are durable infant or toddler products. U.S. law sets mandatory safety standards for them. This module explains the two crib rules, who must follow them, and the registration card that must come with each crib.

# Full-size and non-full-size cribs › The two crib rules (heading)
h-8940493553 = The two crib rules

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-fb9ef89417 = Product

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-62845f31a2 = Rule

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-e90a77266e = Based on

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-6496ea9d92 = Full-size baby crib

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-647b32c527 = ASTM F1169

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a5f3dddb66 = Non-full-size baby crib

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › The two crib rules (table cell)
td-a70ac9d1a9 = ASTM F406

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-a9557af476 = CPSC issued both rules in a final rule of December 28, 2010. It did this under section 104(b) of the Consumer Product Safety Improvement Act (CPSIA). Section 104(b) requires CPSC to issue standards that are substantially the same as the voluntary ASTM standards, or stricter. It also sets a process for updating the rules when ASTM revises its standards.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
# previous: p-c3379e227e
p-68c1e6835e = The 2010 rule incorporated earlier editions of these ASTM standards, with some changes. Both rules have been updated since then:

# Full-size and non-full-size cribs › The two crib rules (list item)
li-2042abc1dd = The rule for non-full-size cribs now incorporates ASTM F406-24. This update took effect on April 5, 2025.

# Full-size and non-full-size cribs › The two crib rules (list item)
li-786bd04ab6 = A direct final rule of May 4, 2026 updated the rule for full-size cribs to ASTM F1169-25[^f1169]. It set an effective date of August 1, 2026, unless CPSC withdrew it after a significant adverse comment. ASTM F1169-25 adds requirements for full-size cribs with mesh or fabric sides.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-05efd3d96d = The rule is 91 FR 23908, docket CPSC-2010-0075.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
# previous: p-35f98f81de
p-9c8518c1b6 = The ASTM standards are revised over time. Before you test a crib, check in the eCFR which edition 16 CFR part 1219 or 1220 cites today. Agree on the test plan with the U.S. importer.

# Full-size and non-full-size cribs › The two crib rules (paragraph)
p-c606644f01 = Some similar products have their own rules. Play yards follow 16 CFR part 1221. It uses ASTM F406 without the sections that apply only to non-full-size cribs. Crib mattresses follow 16 CFR part 1241.

# Full-size and non-full-size cribs › New and used cribs (heading)
h-07da977400 = New and used cribs

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ba149473b7 = The crib rules took effect on June 28, 2011, for manufacturers, retailers and others. They cover used cribs as well as new cribs (CPSIA section 104(c)).

# Full-size and non-full-size cribs › New and used cribs (paragraph)
p-ac9cf952c5 = The rules also apply to anyone who leases or sublets cribs. They apply to anyone who places cribs on the market in another way, too.

# Full-size and non-full-size cribs › Child care facilities and hotels (heading)
h-38b8165ff3 = Child care facilities and hotels

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-3cdb343fd3 = The crib rules also apply to places that use cribs for other people's children:

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-6728dd22a6 = child care facilities;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-b0d634cd94 = family child care homes;

# Full-size and non-full-size cribs › Child care facilities and hotels (list item)
li-475ca96abd = places of public accommodation, for example hotels.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-7b6dfd17a6 = These places had to comply by December 28, 2012.

# Full-size and non-full-size cribs › Child care facilities and hotels (paragraph)
p-4e6f683408 = Some buyers of cribs are child care facilities, hotels and firms that rent out cribs. The cribs that they use must meet the rules too.

# Full-size and non-full-size cribs › Testing and certificates (heading)
h-ea5727a1d6 = Testing and certificates

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-0f0748b25a = The crib rules are children's product safety rules. So each crib model needs:

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-617c67c7a7 = testing by a CPSC-accepted third-party laboratory;

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-a324280318 = a Children's Product Certificate (CPC);

# Full-size and non-full-size cribs › Testing and certificates (list item)
li-b10f145461 = a consumer registration card.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-aacdb728be = For cribs made abroad, the U.S. importer issues the CPC. The certificate and the test reports must be in English. For imports, certificate data must be filed electronically at entry. This applies from July 8, 2026. For products from a foreign trade zone, it applies from January 8, 2027.

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-ba889d9ab5 = A material change in design, manufacturing process or component sourcing can affect compliance. Then the crib needs new third-party testing and a new CPC (16 CFR 1107.23(a)).

# Full-size and non-full-size cribs › Testing and certificates (paragraph)
p-07fdf8ce55 = Like all children's products, cribs and their packaging need tracking labels, to the extent practicable. These are permanent marks. They show the manufacturer or private labeler, the place and date of production, and details such as the batch or run number. Durable infant or toddler products also have extra labeling rules for the product and the outer package.

# Full-size and non-full-size cribs › Registration cards (heading)
h-2b8e2b8a02 = Registration cards

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-1b44aff9c2 = Durable infant or toddler products need consumer registration cards. The rule is 16 CFR part 1130[^1]. For full-size and non-full-size cribs, the compliance date was June 28, 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-ffa0a1d97f = The registration card rule was published on December 29, 2009 (74 FR 68668). It took effect on June 28, 2010.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-a4c8c4eb4d = Each manufacturer must:

# Full-size and non-full-size cribs › Registration cards (list item)
li-eca1f869e9 = supply a postage-paid consumer registration form with each product;

# Full-size and non-full-size cribs › Registration cards (list item)
li-10882c28ef = keep records of the consumers who register;

# Full-size and non-full-size cribs › Registration cards (list item)
li-f95c85f841 = mark the product permanently with the manufacturer's name and contact details, the model name and number, and the date of manufacture.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-9cece9bd52 = Under this rule, importers count as manufacturers.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-929c83b978 = The registration form must (16 CFR 1130.5):

# Full-size and non-full-size cribs › Registration cards (list item)
li-c91230a994 = give all required information in the English language;

# Full-size and non-full-size cribs › Registration cards (list item)
li-ee50410b54 = be attached to the surface of the product, so that the consumer must notice and handle it;

# Full-size and non-full-size cribs › Registration cards (list item)
li-8d5bd23cc1 = show the manufacturer's name, the model name and number, and the date of manufacture;

# Full-size and non-full-size cribs › Registration cards (list item)
li-37952aac5c = offer a way to register on the internet;

# Full-size and non-full-size cribs › Registration cards (list item)
li-aa75da0542 = state that the data will be used only for recall or safety alert purposes.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-7636fca892 = Accessories sold separately are not covered. For a system with several components, one card on the main component is enough.

# Full-size and non-full-size cribs › Registration cards (paragraph)
p-671ee87426 = Attach the card to the surface of the crib. The consumer must notice it and handle it. Check that the card shows the same model name, model number and date of manufacture as the permanent mark on the crib.

# Full-size and non-full-size cribs › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-3f934a995d = Decide whether the product is a full-size crib, a non-full-size crib or a play yard. Each has its own rule.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-481f2a290c = Test to the edition of the ASTM standard that the rule cites today.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7af5300628 = Send each crib model to a CPSC-accepted third-party laboratory for testing.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-d631a3f1ea = Mark each crib permanently with the name and contact details, the model name and number, and the date of manufacture.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-7f3e11ce87 = Attach a postage-paid registration card in English to each crib.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-e8b1e3f3ac = Put tracking information on the crib and on its packaging.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-65e3dc7b79 = Tell the importer before you change a design, a process or a supplier.

# Full-size and non-full-size cribs › What to do in the factory (list item)
li-f4f53254b9 = Keep all test records. The importer needs them to certify the crib.

# Full-size and non-full-size cribs › What to do in the factory (paragraph)
p-f43534ac93 = CPSC's page about its office in Beijing says that manufacturing firms in China produce a large share of higher-risk children's products, such as clothing, cribs and nursery products. The page is not dated. The office was set up in January 2011 as CPSC's first foreign office.

# Full-size and non-full-size cribs › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-9bd08e8f3b = Which rule covers a non-full-size baby crib?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-d962d1c544 = 16 CFR part 1219

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-32970fd515 = 16 CFR part 1220

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fcaf96e5d9 = 16 CFR part 1130

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-8e2c429255 = 16 CFR part 1220 covers non-full-size cribs. It is based on ASTM F406. 16 CFR part 1219 covers full-size cribs.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-16c95e8f25 = A hotel puts cribs in its guest rooms. Must these cribs meet the crib rules?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-02704f083f = No, because hotels do not sell cribs.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c59d170731 = Yes. Places of public accommodation had to comply by December 28, 2012.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-345e3007a1 = Only if the cribs are new.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-547726932e = The crib rules apply to child care facilities, family child care homes and places of public accommodation such as hotels. They cover used cribs as well as new cribs.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-114b9d7ed6 = What must the registration form say about the consumer's data?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-62ee32b746 = That the data may be sold to other firms

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-c92d93acaf = That the data will be used only for recall or safety alert purposes

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-67e1bca088 = Nothing

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-eb525dff18 = 16 CFR 1130.5 requires this statement. The form must also offer a way to register on the internet.

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fd59b5a3f5 = In which language must the registration form give the required information?

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-ba118bf7fc = English

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-f69acb290c = The language of the factory's country

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-fb3b2acda0 = Any language

# Full-size and non-full-size cribs › Check your knowledge (list item)
li-505155b9fc = All required information must be in the English language.

# Full-size and non-full-size cribs › Sources (heading)
h-caf85b0888 = Sources

# Full-size and non-full-size cribs › Sources (list item)
li-75eb680811 = { "[" }eCFR: Part 1219, full-size baby cribs](https://www.ecfr.gov/current/title-16/part-1219)

# Full-size and non-full-size cribs › Sources (list item)
li-d46c17610f = { "[" }eCFR: Part 1220, non-full-size baby cribs](https://www.ecfr.gov/current/title-16/part-1220)

# Full-size and non-full-size cribs › Sources (list item)
li-0e5c20d617 = { "[" }eCFR: Part 1130, consumer registration cards](https://www.ecfr.gov/current/title-16/part-1130)

# Full-size and non-full-size cribs › Sources (list item)
li-8413429241 = { "[" }Federal Register: crib rule, December 28, 2010](http://www.gpo.gov/fdsys/pkg/FR-2010-12-28/html/2010-32178.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-87fe31cba3 = { "[" }Federal Register: crib rule, compliance dates](http://federal.elaws.us/fr/notice/12/28/2010/2010-32178)

# Full-size and non-full-size cribs › Sources (list item)
li-20809eff7e = { "[" }Federal Register: non-full-size cribs, ASTM F406-24, January 31, 2025](https://regulations.justia.com/regulations/fedreg/2025/01/31/2025-01721.html)

# Full-size and non-full-size cribs › Sources (list item)
li-a28e09112c = { "[" }Federal Register: full-size cribs, ASTM F1169-25, May 4, 2026](https://www.govinfo.gov/content/pkg/FR-2026-05-04/html/2026-08632.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-d734a4831f = { "[" }Federal Register: play yards, January 29, 2025](https://govinfo.gov/content/pkg/FR-2025-01-29/html/2025-01658.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-84c53c5461 = { "[" }Federal Register: registration cards, December 29, 2009](http://edocket.access.gpo.gov/2009/E9-30485.htm)

# Full-size and non-full-size cribs › Sources (list item)
li-48eb455674 = { "[" }CPSC: Registration cards FAQ](https://www.cpsc.gov/FAQ/Registration-Cards)

# Full-size and non-full-size cribs › Sources (list item)
li-30cde9875c = { "[" }CPSC: Children's Product Certificate](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Full-size and non-full-size cribs › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Full-size and non-full-size cribs › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Tracking labels](https://cpsc.gov/trackinglabel)

# Full-size and non-full-size cribs › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Regional Product Safety Office, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

