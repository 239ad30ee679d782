### Source: content/modules/lead-and-phthalates.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/lead-and-phthalates.ftl.

# Lead and phthalates (title)
title-8513ec6135 = Lead and phthalates

# Lead and phthalates (summary)
summary-8555a4ca7a = Children's products must meet U.S. limits for lead, and children's toys and child care articles must meet limits for eight phthalates.

# Lead and phthalates (learning objective)
objective-bba68d140e = State the lead limits for children's products and for paint.

# Lead and phthalates (learning objective)
objective-2e03da8c7e = Name the eight phthalates that are limited in toys and child care articles.

# Lead and phthalates (learning objective)
objective-81b0faf50a = Explain which materials need no third-party lead testing.

# Lead and phthalates (learning objective)
objective-6e9dbac989 = Plan lead and phthalate checks for each material and component.

# Lead and phthalates (paragraph)
p-1bff7b3fd4 = U.S. law limits lead in children's products. It also limits eight phthalates in children's toys and child care articles. A children's product is a consumer product designed or intended primarily for children 12 years of age or younger. Toys must also meet other rules, for example the rules on [small parts](toys-small-parts.md#warnings).

# Lead and phthalates › The limits (heading)
h-86151be5f8 = The limits

# Lead and phthalates › The limits (table cell)
td-e7e5a5723c = Substance

# Lead and phthalates › The limits (table cell)
td-674b0ed54b = Limit

# Lead and phthalates › The limits (table cell)
td-62845f31a2 = Rule

# Lead and phthalates › The limits (table cell)
td-a89b3b29a2 = Lead in an accessible component

# Lead and phthalates › The limits (table cell)
td-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › The limits (table cell)
td-12745b62bd = CPSIA section 101

# Lead and phthalates › The limits (table cell)
td-cd34006c74 = Lead in paint and surface coatings

# Lead and phthalates › The limits (table cell)
td-a9547a5a14 = 90 ppm

# Lead and phthalates › The limits (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Lead and phthalates › The limits (table cell)
td-70b2b880da = Each of eight phthalates

# Lead and phthalates › The limits (table cell)
td-c8b27c2ee2 = 0.1%

# Lead and phthalates › The limits (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Lead and phthalates › Total lead content (heading)
h-92e3c9e692 = Total lead content

# Lead and phthalates › Total lead content (paragraph)
p-0cf2cca865 = A children's product is a banned hazardous substance if an accessible component has more than 100 ppm lead. CPSC guidance on which parts are accessible is in 16 CFR 1500.87.

# Lead and phthalates › Total lead content (paragraph)
p-9db316cacd = The limit came in steps:

# Lead and phthalates › Total lead content (list item)
li-f2e918242b = 600 ppm from February 10, 2009;

# Lead and phthalates › Total lead content (list item)
li-a05a36b145 = 300 ppm from August 14, 2009;

# Lead and phthalates › Total lead content (list item)
li-52d6be82e1 = 100 ppm from August 14, 2011.

# Lead and phthalates › Total lead content (paragraph)
p-024451003a = A few exceptions exist. There is an exception for certain electronic components (16 CFR 1500.88). Metal components of bicycles, jogger strollers and bicycle trailers have a limit of 300 ppm.

# Lead and phthalates › Lead in paint and surface coatings (heading)
h-cd34006c74 = Lead in paint and surface coatings

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8c251a2c3b = The limit for paint and similar surface coatings is 0.009 percent, or 90 ppm[^1]. It applies to children's products, to certain furniture articles and to household paint. This limit replaced the old limit of 0.06 percent on August 14, 2009.

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-8b26ac915a = The percentage is of the weight of the total nonvolatile content or of the dried paint film (16 CFR 1303.1(a)).

# Lead and phthalates › Lead in paint and surface coatings (paragraph)
p-25b3f40b41 = Some things are not "paint" under 16 CFR 1303.2(b)(1). These are printing inks that become part of the substrate, electroplating and ceramic glazing.

# Lead and phthalates › Materials that need no lead testing (heading)
h-ef73cd106e = Materials that need no lead testing

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-d7a3a52aad = Some materials are determined not to exceed the lead limits. They are listed in 16 CFR 1500.91. They must be untreated and unadulterated, for example with no added pigments, dyes, coatings or finishes. Examples:

# Lead and phthalates › Materials that need no lead testing (list item)
li-a749ba0b9f = precious gemstones: diamond, ruby, sapphire and emerald;

# Lead and phthalates › Materials that need no lead testing (list item)
li-824cf88741 = certain semiprecious stones;

# Lead and phthalates › Materials that need no lead testing (list item)
li-2c23fd3c9b = natural or cultured pearls;

# Lead and phthalates › Materials that need no lead testing (list item)
li-1cde420be6 = wood;

# Lead and phthalates › Materials that need no lead testing (list item)
li-8a37d42d91 = natural materials such as coral, amber, feathers, fur and untreated leather;

# Lead and phthalates › Materials that need no lead testing (list item)
li-c9545e0dc5 = surgical steel;

# Lead and phthalates › Materials that need no lead testing (list item)
li-3ed2dadeec = gold of at least 10 karat, sterling silver of at least 925/1000, and platinum-group metals.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-b0e7fa99aa = Certain untreated, unfinished engineered wood products are listed in 16 CFR 1252.3(a).

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-f706e581da = Textiles made from natural or manufactured fibers are also covered by 16 CFR 1500.91, whether dyed or undyed. After-treatment applications, such as screen prints and transfers, are not covered. Non-textile items, such as metal snaps and zippers, are not covered. These must be tested.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-5f8590b456 = An exemption from testing is not an exemption from the limit. The firm must still certify lead compliance on the Children's Product Certificate. If the finished product has more than 100 ppm lead, the firm is still liable.

# Lead and phthalates › Materials that need no lead testing (paragraph)
p-3e28bebe70 = On the certificate, the firm names the exemption it uses in place of a laboratory.

# Lead and phthalates › Phthalates (heading)
h-4f2d1ee02d = Phthalates

# Lead and phthalates › Phthalates (paragraph)
p-7f4f2b5eb5 = A children's toy or child care article must not contain more than 0.1 percent of any of these eight phthalates. Each phthalate is counted on its own (16 CFR 1307.3).

# Lead and phthalates › Phthalates (list item)
li-a9adae4eaf = DEHP, DBP and BBP are banned by the law itself, CPSIA section 108(a).

# Lead and phthalates › Phthalates (list item)
li-37424460c4 = DINP, DIBP, DPENP, DHEXP and DCHP were added by 16 CFR part 1307.

# Lead and phthalates › Phthalates (paragraph)
p-16e21c9313 = DIDP and DnOP were in the old interim ban. They are not on the part 1307 list.

# Lead and phthalates › Phthalates (paragraph)
p-507fea6fec = The ban applies to any plasticized component part. It also applies to any other component that may contain phthalates.

# Lead and phthalates › Phthalates (paragraph)
# previous: p-f1020de07c
p-3e377ca1ef = A children's toy is a consumer product designed or intended by the manufacturer for a child 12 or younger to use when playing. A child care article is a product designed or intended to help children 3 and younger sleep or feed, or to help them suck or teethe (16 CFR 1307.2).

# Lead and phthalates › Phthalates (paragraph)
p-7572cbb6ef = Inaccessible component parts need not be tested for phthalates (16 CFR part 1199). Certain plastics are determined not to contain these phthalates. They need no third-party testing (16 CFR 1308.2).

# Lead and phthalates › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Lead and phthalates › What to do in the factory (list item)
li-bdba9dd0b2 = Keep a list of every material and component in each children's product.

# Lead and phthalates › What to do in the factory (list item)
li-16da9f5367 = Test paint and surface coatings against the 90 ppm limit.

# Lead and phthalates › What to do in the factory (list item)
li-eb0270385b = Test metal parts, prints, transfers and other non-textile items for total lead.

# Lead and phthalates › What to do in the factory (list item)
li-c9825ac94c = Test plasticized parts of toys and child care articles for the eight phthalates.

# Lead and phthalates › What to do in the factory (list item)
li-53c2ab8138 = Before you skip lead testing, check that the material is in 16 CFR 1500.91. Check that it has no added coatings or finishes.

# Lead and phthalates › What to do in the factory (list item)
li-2947048305 = Tell the importer before you change a design, a process or a supplier. A material change that could affect compliance needs new third-party testing and a new certificate.

# Lead and phthalates › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Lead and phthalates › Check your knowledge (list item)
li-3cd09c86f1 = What is the total lead content limit for an accessible component of a children's product?

# Lead and phthalates › Check your knowledge (list item)
li-57a9eff7e7 = 600 ppm

# Lead and phthalates › Check your knowledge (list item)
li-68c5ab14e9 = 300 ppm

# Lead and phthalates › Check your knowledge (list item)
li-e5ba3f8eb8 = 100 ppm

# Lead and phthalates › Check your knowledge (list item)
li-a0dc5c4992 = The limit has been 100 ppm since August 14, 2011.

# Lead and phthalates › Check your knowledge (list item)
li-72c1285d0b = A children's T-shirt is made of dyed cotton and has a screen print. Which part needs lead testing?

# Lead and phthalates › Check your knowledge (list item)
li-c599aed120 = The dyed cotton

# Lead and phthalates › Check your knowledge (list item)
li-6db8a756a2 = The screen print

# Lead and phthalates › Check your knowledge (list item)
li-efc22e7bac = Neither part

# Lead and phthalates › Check your knowledge (list item)
li-4b3a291d12 = Dyed and undyed textiles are covered by 16 CFR 1500.91. After-treatment applications, such as screen prints, are not covered.

# Lead and phthalates › Check your knowledge (list item)
li-621f80a316 = How much of each of the eight phthalates may a children's toy contain?

# Lead and phthalates › Check your knowledge (list item)
li-8f4cc16232 = Any amount, if the toy is for children over 3

# Lead and phthalates › Check your knowledge (list item)
li-e89115c094 = Not more than 0.1 percent

# Lead and phthalates › Check your knowledge (list item)
li-3d5ab598d2 = Not more than 1 percent

# Lead and phthalates › Check your knowledge (list item)
li-18b5075bf3 = The limit is 0.1 percent for each phthalate. It applies to children's toys for children 12 or younger.

# Lead and phthalates › Sources (heading)
h-caf85b0888 = Sources

# Lead and phthalates › Sources (list item)
li-f0a46f18ba = { "[" }eCFR: Part 1303, lead in paint](https://www.ecfr.gov/current/title-16/part-1303)

# Lead and phthalates › Sources (list item)
li-51c386563e = { "[" }eCFR: Part 1307, phthalates](https://www.ecfr.gov/current/title-16/part-1307)

# Lead and phthalates › Sources (list item)
li-9d43f7bba1 = { "[" }eCFR: Part 1308, determinations for certain plastics](https://www.ecfr.gov/current/title-16/part-1308)

# Lead and phthalates › Sources (list item)
li-272df4c080 = { "[" }eCFR: Section 1500.91, materials that do not exceed the lead limits](https://www.ecfr.gov/current/title-16/section-1500.91)

# Lead and phthalates › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Total lead content business guidance](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Lead and phthalates › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Lead in paint FAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Lead and phthalates › Sources (list item)
li-353bb2c28c = { "[" }CPSC: Children's Product Certificate](http://www.cpsc.gov/cpc)

