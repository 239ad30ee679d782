### Source: content/modules/clothing-drawstrings.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/clothing-drawstrings.ftl.

# Drawstrings on children's upper outerwear (title)
title-84b0acf604 = Drawstrings on children's upper outerwear

# Drawstrings on children's upper outerwear (summary)
summary-99bb196785 = Children's upper outerwear in sizes 2T to 12 must not have hood or neck drawstrings, and waist and bottom drawstrings in sizes 2T to 16 must meet strict limits.

# Drawstrings on children's upper outerwear (learning objective)
objective-11f00f719f = Explain why drawstrings on children's upper outerwear are dangerous.

# Drawstrings on children's upper outerwear (learning objective)
objective-9675eb69ce = Name the sizes that the hood, neck, waist and bottom drawstring rules cover.

# Drawstrings on children's upper outerwear (learning objective)
objective-a590b9ef82 = Check a waist or bottom drawstring against the rule.

# Drawstrings on children's upper outerwear (learning objective)
objective-eed865731e = Explain what to do when garments do not meet the rule.

# Drawstrings on children's upper outerwear (paragraph)
p-35aa8e6025 = Drawstrings on children's upper outerwear can catch on a playground slide or a bus door. A child can then be strangled. U.S. rules therefore limit drawstrings on children's upper outerwear.

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (heading)
h-d5f4cf71fc = Why drawstrings are dangerous

# Drawstrings on children's upper outerwear › Why drawstrings are dangerous (paragraph)
p-001455916b = CPSC staff know of 26 deaths and 73 nonfatal incidents from neck or hood drawstrings. These happened between January 1985 and June 2019. The children were 18 months to 15 years old. Most incidents involved playground slides. Some involved school-bus doors that caught waist drawstrings.

# Drawstrings on children's upper outerwear › The rule (heading)
h-4d88e08f47 = The rule

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-50ac2aa13e = The rule is 16 CFR 1120.3(b). It puts certain garments on the list of substantial product hazards. These are children's upper outerwear with drawstrings:

# Drawstrings on children's upper outerwear › The rule (list item)
li-cbb0a19c9a = in sizes 2T to 16, or the equivalent;

# Drawstrings on children's upper outerwear › The rule (list item)
li-bc53a5a8a0 = that are subject to ASTM F1816-97 but do not conform with it.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ccfad9b896 = The law behind the list is section 15(j) of the Consumer Product Safety Act. The final rule was published on July 19, 2011. It took effect on August 18, 2011.

# Drawstrings on children's upper outerwear › The rule (paragraph)
p-ffa2eb88ae = A drawstring is a non-retractable cord, ribbon or tape that pulls parts of upper outerwear together for closure (16 CFR 1120.2(c)).

# Drawstrings on children's upper outerwear › What the rule requires (heading)
h-1e96f9e67c = What the rule requires

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-04d1ee334d = Drawstring

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-74a3978d10 = Sizes

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f5f5690b0e = Requirement

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-3ba0fac5b0 = Hood and neck

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-4484f5555a = 2T to 12

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-f0406a0e7e = Not allowed

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-0c9d859c63 = Waist and bottom

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-c8f1450462 = 2T to 16

# Drawstrings on children's upper outerwear › What the rule requires (table cell)
td-343daebc4d = Allowed, with limits

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-9ccda0f7d7 = Hood and neck drawstrings on upper outerwear in sizes 2T to 12 are a substantial product hazard. They create a risk of strangulation. They are not allowed.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-96a4cbc856 = Waist and bottom drawstrings on upper outerwear in sizes 2T to 16 must meet all of these limits:

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-e0a35aeeb7 = Expand the garment to its fullest width. The drawstring must not extend more than 3 inches outside the channel.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-67782c586a = The free ends must have no toggles, knots or other attachments.

# Drawstrings on children's upper outerwear › What the rule requires (list item)
li-a64c432fa0 = A single continuous drawstring must be bar-tacked. This means that it is stitched through, so that it cannot be pulled through its channel.

# Drawstrings on children's upper outerwear › What the rule requires (paragraph)
p-ce26dc7687 = Measure the drawstring with the garment expanded to its fullest width, as the rule says. Check every size of a style, not only the sample size. One style can have sizes in both rows of the table.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (heading)
h-62adc5c1b2 = When garments do not meet the rule

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
# previous: p-a0adb05afe
p-9c73ceb2bb = Manufacturers, importers, distributors and retailers must report to CPSC in several cases. The cases include information that reasonably supports the conclusion that a product:

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
# previous: li-44cc532bb0
li-14c0fe9b5a = fails to comply with a consumer product safety rule, or with a voluntary standard that CPSC relied on;

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-523d67032a = contains a defect that could create a substantial product hazard; or

# Drawstrings on children's upper outerwear › When garments do not meet the rule (list item)
li-10e764cfe9 = creates an unreasonable risk of serious injury or death.

# Drawstrings on children's upper outerwear › When garments do not meet the rule (paragraph)
p-2ebe158692 = They must report immediately. They must not wait for an injury to happen. The rules are in 16 CFR part 1115. If you find drawstring garments that do not meet the rule, tell the U.S. importer at once. This also applies to garments that you have already shipped.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (heading)
h-ed9611b512 = Other rules for children's clothing

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-3e5e5fb6ea = Drawstrings are not the only rule. Children's clothing must also meet other rules:

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-2b9d842c2b = the flammability rules, see [flammability of clothing](clothing-flammability.md);

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-1a8377811a = the [lead limits](lead-and-phthalates.md#limits), for example for prints, transfers and non-textile parts;

# Drawstrings on children's upper outerwear › Other rules for children's clothing (list item)
li-4e74fd8c80 = tracking labels on the garment and its packaging.

# Drawstrings on children's upper outerwear › Other rules for children's clothing (paragraph)
p-8eb089260f = The FTC Registered Identification Number (RN) on apparel can count as part of the tracking label. It cannot count as all of it.

# Drawstrings on children's upper outerwear › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-7b3296f847 = Check the size range of each upper outerwear style before you make samples.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-0e2c804548 = In sizes 2T to 12, remove hood and neck drawstrings from the design.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-25a98ee367 = In sizes 2T to 16, measure waist and bottom drawstrings with the garment at its fullest width.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-90d3697a12 = Check that no drawstring extends more than 3 inches outside the channel.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-648d756105 = Check that the free ends have no toggles, knots or other attachments.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-d33c11dd0a = Check the bar-tack on each single continuous drawstring.

# Drawstrings on children's upper outerwear › What to do in the factory (list item)
li-89cb2abd5f = Check the first samples and the production, and keep the records.

# Drawstrings on children's upper outerwear › What to do in the factory (paragraph)
p-23d62b1863 = CPSC's page about its office in Beijing says that firms in China make a large share of higher-risk children's products, such as clothing, cribs and nursery products. The page is not dated. Factories in China that make children's jackets and other upper outerwear for the United States should check every style against this rule.

# Drawstrings on children's upper outerwear › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-295d31ae12 = A child's jacket in size 8 has a drawstring at the hood. Is this allowed?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-6a991d0960 = Yes, if the drawstring is not longer than 3 inches.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-64f6d0e653 = Yes, if the free ends have no toggles.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-400e78188b = No. Hood and neck drawstrings are not allowed in sizes 2T to 12.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3dc4dfb34c = Hood and neck drawstrings on upper outerwear in sizes 2T to 12 are a substantial product hazard.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3f126bcde2 = A jacket in size 14 has a waist drawstring. How far may the drawstring extend outside the channel?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-230b8ddeca = It has no limit.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5d3e0a65c0 = No more than 3 inches, with the garment expanded to its fullest width.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-198124ca39 = No more than 3 inches, with the garment closed.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-f3ff848d6b = Waist and bottom drawstrings in sizes 2T to 16 may extend no more than 3 inches outside the channel when the garment is expanded to its fullest width.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-b175d78581 = Which waist drawstring meets the rule?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7c4bb5784b = One with a plastic toggle at each free end

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-4ffd820426 = One with a knot at each free end

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-c70ffbedd8 = A single continuous drawstring, bar-tacked so it cannot be pulled through its channel

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-3e3ddde8d3 = The free ends must have no toggles, knots or other attachments. A single continuous drawstring must be bar-tacked.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-ef58cc5f8d = You learn that shipped jackets have hood drawstrings in size 6. What should you do?

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-7387db2b48 = Nothing, because the garments have left the factory.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-603157b10e = Tell the U.S. importer at once.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-5742ddd907 = Wait until a child is injured.

# Drawstrings on children's upper outerwear › Check your knowledge (list item)
li-9d2a343268 = Hood drawstrings in size 6 are a substantial product hazard. Firms must report to CPSC immediately when information reasonably supports the conclusion that a product contains a defect that could create a substantial product hazard. So the importer needs the information at once.

# Drawstrings on children's upper outerwear › Sources (heading)
h-caf85b0888 = Sources

# Drawstrings on children's upper outerwear › Sources (list item)
li-9b1e8ae5ed = { "[" }eCFR: Part 1120, substantial product hazard list](https://www.ecfr.gov/current/title-16/part-1120)

# Drawstrings on children's upper outerwear › Sources (list item)
li-318ff6593c = { "[" }eCFR: Part 1115, reporting](https://www.ecfr.gov/current/title-16/part-1115)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ee423943e6 = { "[" }Federal Register: drawstrings final rule, July 19, 2011](http://www.gpo.gov/fdsys/pkg/FR-2011-07-19/html/2011-17961.htm)

# Drawstrings on children's upper outerwear › Sources (list item)
li-4046832052 = { "[" }Federal Register: drawstrings proposed rule, May 17, 2010](https://regulations.justia.com/regulations/fedreg/2010/05/17/2010-11624.html)

# Drawstrings on children's upper outerwear › Sources (list item)
li-e3a8d9c0a5 = { "[" }CPSC: Drawstrings in children's upper outerwear FAQ](http://cpsc.gov/FAQ/Drawstrings-in-Children%E2%80%99s-Upper-Outerwear)

# Drawstrings on children's upper outerwear › Sources (list item)
li-ae450af3e8 = { "[" }CPSC: Tracking label FAQ](https://cpsc.gov/FAQ/Tracking-Label)

# Drawstrings on children's upper outerwear › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Regional Product Safety Office, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

