### Source: content/modules/toys-small-parts.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/toys-small-parts.ftl.

# Small parts and choking hazards (title)
title-95f5a38672 = Small parts and choking hazards

# Small parts and choking hazards (summary)
summary-c76b1b9bd0 = Toys for children under 3 must not have small parts, and some toys for older children must carry a choking-hazard warning.

# Small parts and choking hazards (learning objective)
objective-e951df28dd = Explain which toys must not have small parts.

# Small parts and choking hazards (learning objective)
objective-be7bf10b04 = Use the small parts test cylinder in the right way.

# Small parts and choking hazards (learning objective)
objective-fb249fb753 = Choose the right choking-hazard warning for a toy, ball, marble or balloon.

# Small parts and choking hazards (learning objective)
# previous: objective-01308aef9d
objective-98a628977e = Explain when a choking incident must be reported to CPSC within 24 hours.

# Small parts and choking hazards (paragraph)
p-36d4898f4f = Young children can choke on small parts. U.S. rules therefore ban small parts in toys for children under 3. Some toys for older children must also carry a warning label.

# Small parts and choking hazards › Which products are covered (heading)
h-6923fc03be = Which products are covered

# Small parts and choking hazards › Which products are covered (paragraph)
p-7abecd7362 = A toy or other article intended for children under 3 must not present a choking, aspiration or ingestion hazard because of small parts. If it does, it is a banned hazardous substance. The rules are in 16 CFR part 1501 and in 16 CFR 1500.18(a)(9).

# Small parts and choking hazards › Which products are covered (paragraph)
p-238950986a = Toys that fall under the small parts rules are children's products. A children's product is designed or intended primarily for children 12 years of age or younger. Children's products must meet other rules too, for example the [lead limits](lead-and-phthalates.md#limits).

# Small parts and choking hazards › The small parts test (heading)
h-d2f5ab47e2 = The small parts test

# Small parts and choking hazards › The small parts test (paragraph)
p-69b5affb40 = The test uses a small parts test cylinder. The rule for the test is 16 CFR 1501.4.

# Small parts and choking hazards › The small parts test (list item)
li-d8e9b99168 = Place the article in the cylinder. Do not compress it.

# Small parts and choking hazards › The small parts test (list item)
li-5dc8d52e23 = If the article fits entirely in the cylinder, in any orientation, it fails.

# Small parts and choking hazards › The small parts test (list item)
li-d2ed776cfa = If it does not fit, run the use and abuse tests of 16 CFR 1500.51 and 1500.52. Do not use the bite tests.

# Small parts and choking hazards › The small parts test (list item)
li-c9c6855e0c = Place each piece that comes off in the cylinder. Paper, fabric, yarn, fuzz, elastic and string are not tested in the cylinder.

# Small parts and choking hazards › The small parts test (paragraph)
p-8b05d36104 = For compliance, the inch dimensions in the rule govern.

# Small parts and choking hazards › The small parts test (paragraph)
p-c10fac15df = A toy can pass the first check and still fail. Parts can come off during the use and abuse tests. If such a piece fits entirely in the cylinder, a toy for children under 3 fails.

# Small parts and choking hazards › Warning labels (heading)
h-1643e9d576 = Warning labels

# Small parts and choking hazards › Warning labels (paragraph)
# previous: p-0bd703efe9
p-3e50867686 = The Child Safety Protection Act of 1994 added choking-hazard warnings to U.S. law[^1]. The rule is 16 CFR 1500.19. Each warning has this order: the safety alert symbol, the word <span class="label">WARNING:</span>, the words <span class="label">CHOKING HAZARD --</span>, and then the text below.

# Small parts and choking hazards › Warning labels (paragraph)
p-eeaa70f537 = The Act added section 24 to the Federal Hazardous Substances Act. The CPSC regulation for the warnings took effect on August 28, 1995.

# Small parts and choking hazards › Warning labels (paragraph)
p-af5db7906c = A small ball is a ball that passes entirely through a hole of 1.75 in (44.4 mm) in a rigid template 1/4 in (6 mm) thick (16 CFR 1500.19(a)(2)). "Ball" includes a ball tethered to a toy. It does not include dice, or balls permanently enclosed in pinball machines, mazes and similar containers.

# Small parts and choking hazards › Warning labels (table cell)
td-fb9ef89417 = Product

# Small parts and choking hazards › Warning labels (table cell)
td-4b804f01a4 = Warning text

# Small parts and choking hazards › Warning labels (table cell)
td-65e76a682f = Toy or game with small parts, for ages 3 to under 6

# Small parts and choking hazards › Warning labels (table cell)
# previous: td-f75348de14
td-dba9190e71 = <span class="label">Small parts. Not for children under 3 yrs.</span>

# Small parts and choking hazards › Warning labels (table cell)
td-6d142d08d4 = Small ball, for ages 3 and older

# Small parts and choking hazards › Warning labels (table cell)
# previous: td-044779d873
td-c10f292ba4 = <span class="label">This toy is a small ball. Not for children under 3 yrs.</span>

# Small parts and choking hazards › Warning labels (table cell)
td-e5985e4079 = Toy with a small ball, for ages 3 to under 8

# Small parts and choking hazards › Warning labels (table cell)
# previous: td-4f33ad0ae1
td-ce3d2e2e8f = <span class="label">Toy contains a small ball. Not for children under 3 yrs.</span>

# Small parts and choking hazards › Warning labels (table cell)
td-6c6bb0a51a = Marble

# Small parts and choking hazards › Warning labels (table cell)
# previous: td-5f730c0059
td-16fae5a35b = <span class="label">This toy is a marble. Not for children under 3 yrs.</span>

# Small parts and choking hazards › Warning labels (table cell)
td-e940fed986 = Toy with a marble, for ages 3 to under 8

# Small parts and choking hazards › Warning labels (table cell)
# previous: td-77e20e5615
td-f5f3e329f9 = <span class="label">Toy contains a marble. Not for children under 3 yrs.</span>

# Small parts and choking hazards › Warning labels (paragraph)
# previous: p-985d814133
p-c0cab95248 = A latex balloon, or a toy or game with one, needs this warning: <span class="label">CHOKING HAZARD -- Children under 8 yrs. can choke or suffocate on uninflated or broken balloons. Adult supervision required. Keep uninflated balloons from children. Discard broken balloons at once.</span>

# Small parts and choking hazards › Warning labels (paragraph)
p-48517ecfbf = Small balls intended for children under 3 are banned.

# Small parts and choking hazards › Warning labels (paragraph)
p-ca1f7a31a9 = These warning texts come from the CPSC fact sheet on the Child Safety Protection Act. Before you print a label, check the current text of 16 CFR 1500.19(b). Agree on the final label with the U.S. importer.

# Small parts and choking hazards › Reporting choking incidents (heading)
h-87235c7b10 = Reporting choking incidents

# Small parts and choking hazards › Reporting choking incidents (paragraph)
# previous: p-e3cdc3a349 p-58882a2671
p-01fd0c1168 = Some choking incidents must be reported to CPSC within 24 hours. The rule is 16 CFR part 1117[^2]. It applies to manufacturers, distributors, retailers and importers of these products:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-c784479d6b = marbles, small balls and latex balloons;

# Small parts and choking hazards › Reporting choking incidents (list item)
li-f3c7d76b6e = toys or games that contain a marble, small ball, latex balloon or other small part.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-4beb1e41a5 = The rule was published on February 27, 1995 (60 FR 10490). It took effect on March 29, 1995.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-17a4815e9d = These firms must report within 24 hours when they have information that reasonably supports the conclusion that both of these are true:

# Small parts and choking hazards › Reporting choking incidents (list item)
li-428ac85733 = A child choked on a marble, small ball, latex balloon or other small part in a toy or game.

# Small parts and choking hazards › Reporting choking incidents (list item)
li-bf4fab1bff = As a result, the child died, suffered serious injury, ceased breathing for any length of time, or was treated by a medical professional.

# Small parts and choking hazards › Reporting choking incidents (paragraph)
p-9635009d3c = If you learn of a choking incident, tell the U.S. importer at once. Do not wait. The firms have only 24 hours to report.

# Small parts and choking hazards › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Small parts and choking hazards › What to do in the factory (list item)
li-eaa5f3ba0b = Check the age grade of each toy before you test it.

# Small parts and choking hazards › What to do in the factory (list item)
li-d49681b4ff = Test every part of a toy for children under 3 in the small parts cylinder.

# Small parts and choking hazards › What to do in the factory (list item)
li-dbb7121419 = Run the use and abuse tests. Then test every piece that came off.

# Small parts and choking hazards › What to do in the factory (list item)
li-53e9c439aa = Check balls with the 1.75 in (44.4 mm) template.

# Small parts and choking hazards › What to do in the factory (list item)
li-e84df7a849 = Check the warning on toys, balls, marbles and balloons for children 3 and older.

# Small parts and choking hazards › What to do in the factory (list item)
li-23c16ec3db = Keep all test records. The importer needs them to certify the product.

# Small parts and choking hazards › What to do in the factory (paragraph)
p-127424228a = CPSC's page about its office in Beijing says that manufacturing firms in China produce almost 90% of toys purchased in the United States. The page is not dated. For toys made abroad, the U.S. importer issues the Children's Product Certificate. It is based on passing tests by a CPSC-accepted third-party laboratory. The certificate and the test reports must be in English.

# Small parts and choking hazards › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Small parts and choking hazards › Check your knowledge (list item)
li-1c9220f48e = A toy is for children under 3. A piece comes off during the use and abuse tests. What must you do?

# Small parts and choking hazards › Check your knowledge (list item)
li-e12308b88c = Nothing, because only the whole toy is tested.

# Small parts and choking hazards › Check your knowledge (list item)
li-192c379d5e = Place the piece in the small parts cylinder.

# Small parts and choking hazards › Check your knowledge (list item)
li-465f17d93a = Add a choking-hazard warning to the toy.

# Small parts and choking hazards › Check your knowledge (list item)
li-e10d499a5a = Pieces that come off are tested in the cylinder. If the piece fits entirely, the toy fails.

# Small parts and choking hazards › Check your knowledge (list item)
# previous: li-d49a1b52aa
li-feb12d3e84 = Which product needs the warning <span class="label">Small parts. Not for children under 3 yrs.</span>?

# Small parts and choking hazards › Check your knowledge (list item)
li-5dfbd3f3f4 = A toy for children under 3

# Small parts and choking hazards › Check your knowledge (list item)
li-d1cb35d9dc = A toy or game with small parts for children 3 to under 6

# Small parts and choking hazards › Check your knowledge (list item)
li-654ab4260a = Every toy for children 12 or younger

# Small parts and choking hazards › Check your knowledge (list item)
li-1cb48ddbe7 = Toys for children under 3 must not have small parts at all. The warning is for toys and games for children at least 3 but under 6.

# Small parts and choking hazards › Check your knowledge (list item)
li-7dd5af7111 = A ball passes entirely through a 1.75 in (44.4 mm) hole in the template. What is it?

# Small parts and choking hazards › Check your knowledge (list item)
li-a3ebb633a0 = A small ball

# Small parts and choking hazards › Check your knowledge (list item)
li-7d40ac6018 = A marble

# Small parts and choking hazards › Check your knowledge (list item)
li-38a6a23304 = A balloon

# Small parts and choking hazards › Check your knowledge (list item)
li-727d4a84e8 = This ball is a small ball. Small balls for children under 3 are banned. For older children, it needs a warning.

# Small parts and choking hazards › Check your knowledge (list item)
li-3f2ff91fe8 = A child chokes on a small ball from a toy and stops breathing for a short time. The importer learns of it. When must the importer report it to CPSC?

# Small parts and choking hazards › Check your knowledge (list item)
li-fda2336f86 = Within 24 hours

# Small parts and choking hazards › Check your knowledge (list item)
li-9d5cbf69f3 = Within 10 days

# Small parts and choking hazards › Check your knowledge (list item)
li-f4906c8872 = It need not report, because the child did not die.

# Small parts and choking hazards › Check your knowledge (list item)
li-c398b3ae61 = 16 CFR part 1117 requires a report within 24 hours. A child who ceased breathing for any length of time is one of the cases. Death is not required.

# Small parts and choking hazards › Sources (heading)
h-caf85b0888 = Sources

# Small parts and choking hazards › Sources (list item)
li-b1dff48900 = { "[" }eCFR: Part 1501, small parts](https://www.ecfr.gov/current/title-16/part-1501)

# Small parts and choking hazards › Sources (list item)
li-ab72dce95d = { "[" }eCFR: Section 1500.18, banned toys and articles](https://www.ecfr.gov/current/title-16/section-1500.18)

# Small parts and choking hazards › Sources (list item)
li-bc639be434 = { "[" }eCFR: Section 1500.19, choking-hazard warnings](https://www.ecfr.gov/current/title-16/section-1500.19)

# Small parts and choking hazards › Sources (list item)
li-5276172d68 = { "[" }Federal Register: choking-hazard labeling rule, February 27, 1995](https://www.govinfo.gov/content/pkg/FR-1995-02-27/html/95-4484.htm)

# Small parts and choking hazards › Sources (list item)
li-2a1b7237b9 = { "[" }eCFR: Part 1117, reporting of choking incidents](https://www.ecfr.gov/current/title-16/part-1117)

# Small parts and choking hazards › Sources (list item)
# previous: li-1ba8f75836
li-0931c92c47 = { "[" }Federal Register: reporting of choking incidents, final rule, February 27, 1995](http://federal.elaws.us/fr/2/27/1995/95-4483)

# Small parts and choking hazards › Sources (list item)
li-30cde9875c = { "[" }CPSC: Children's Product Certificate](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Small parts and choking hazards › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Regional Product Safety Office, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

