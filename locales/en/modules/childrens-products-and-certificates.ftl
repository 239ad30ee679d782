### Source: content/modules/childrens-products-and-certificates.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/childrens-products-and-certificates.ftl.

# Children's products and certificates (title)
title-9b5bee27e9 = Children's products and certificates

# Children's products and certificates (summary)
summary-18358a5a8a = A children's product must be tested by a CPSC-accepted laboratory, certified in a Children's Product Certificate and marked with tracking labels.

# Children's products and certificates (learning objective)
objective-90a40368b4 = Decide whether a product is a children's product.

# Children's products and certificates (learning objective)
objective-99d966dd40 = Name the seven elements of a Children's Product Certificate.

# Children's products and certificates (learning objective)
objective-ee420f502b = Explain when a product needs new third-party testing and a new certificate.

# Children's products and certificates (learning objective)
objective-3b2251a5f8 = Describe the tracking label and certificate eFiling requirements.

# Children's products and certificates (paragraph)
p-53c1f09a65 = A children's product must meet the U.S. safety rules that apply to it. It must also be tested, certified and marked.

# Children's products and certificates › What is a children's product (heading)
h-afce076afe = What is a children's product

# Children's products and certificates › What is a children's product (paragraph)
p-eb894becc0 = A children's product is a consumer product designed or intended primarily for children 12 years of age or younger. The definition is in section 3(a)(2) of the Consumer Product Safety Act and in 16 CFR 1200.2.

# Children's products and certificates › What is a children's product (paragraph)
p-8c06b65dee = Four factors decide whether a product is primarily for children (16 CFR 1200.2(a)(1)):

# Children's products and certificates › What is a children's product (list item)
li-58b0206d03 = The manufacturer's statement about the intended use, including the label, if the statement is reasonable.

# Children's products and certificates › What is a children's product (list item)
li-fcefa784f6 = Whether the packaging, display, promotion or advertising present the product as suitable for children 12 or younger.

# Children's products and certificates › What is a children's product (list item)
li-5b69564c25 = Whether consumers commonly recognize the product as intended for children 12 or younger.

# Children's products and certificates › What is a children's product (list item)
li-c326d5b072 = The CPSC staff Age Determination Guidelines of September 2002, and any successor.

# Children's products and certificates › What is a children's product (paragraph)
p-444366eab3 = The decision is made case by case. Toys that fall under the [small parts](toys-small-parts.md) rules are children's products.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (heading)
h-83745dbbc9 = Testing by a CPSC-accepted laboratory

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ba4bbde9f6 = Children's products covered by a children's product safety rule must be tested by a CPSC-accepted third-party laboratory, and certified. The requirements for these laboratories are in 16 CFR part 1112.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-8f3564d5e7 = 16 CFR part 1107 sets protocols for continued testing of children's products:

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-b683642aec = periodic testing;

# Children's products and certificates › Testing by a CPSC-accepted laboratory (list item)
li-af36acde5d = testing after a material change in design or manufacturing process.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-62634363cf = Part 1107 also sets safeguards against undue influence on the laboratory (16 CFR 1107.1).

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-ad85a1baed = A material change is a change in design, manufacturing process or component sourcing that could affect compliance. After a material change, the product needs new third-party testing and a new certificate (16 CFR 1107.23(a)). The new certificate cannot be issued until the product meets the rules. If only one component changed, the firm may combine the earlier test results with new tests on that component.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-85f9eb3e74 = A new supplier for a component is a change in component sourcing. If it could affect compliance, it is a material change. Tell the U.S. importer before you change a design, a process or a supplier.

# Children's products and certificates › Testing by a CPSC-accepted laboratory (paragraph)
p-5263e158d1 = A firm may test a component part instead of the finished product, if testing the component is required or sufficient to assess compliance (16 CFR 1109.5(a)). The tested component must be identical in all material respects to the one in the finished product. Where in doubt, test the finished product.

# Children's products and certificates › The certificate (heading)
h-36c79acaa5 = The certificate

# Children's products and certificates › The certificate (paragraph)
p-1e37ed4303 = The U.S. importer or the domestic manufacturer certifies compliance in a written Children's Product Certificate (CPC). The CPC is based on passing test results from a CPSC-accepted third-party laboratory. The rules for certificates are in 16 CFR part 1110.

# Children's products and certificates › The certificate (paragraph)
p-787f8f68bd = 16 CFR part 1110 was revised by a final rule of January 8, 2025. The revised rule took effect on July 8, 2026, and on January 8, 2027 for entries from a foreign trade zone. It applies to importers, domestic manufacturers and private labelers who must issue certificates. This module describes the certificate as CPSC's certificate pages describe it. Before you prepare a certificate, check the current text of 16 CFR part 1110 in the eCFR.

# Children's products and certificates › The certificate (paragraph)
p-85a6436776 = For products made abroad, the importer issues the CPC. For products made in the United States, the U.S. manufacturer issues it. A laboratory may help to draft the CPC, but the certifier remains legally responsible. The CPC must be furnished to distributors and retailers.

# Children's products and certificates › The certificate (paragraph)
p-2af1b2350b = The CPC and the supporting test reports must be in English. No particular template is required. The seven required elements must be present and accurate. CPSC publishes sample CPCs for a toy, an article of clothing and a bassinet.

# Children's products and certificates › The certificate (table cell)
td-4e5b548d6d = Element

# Children's products and certificates › The certificate (table cell)
td-8e7ddf931c = What it shows

# Children's products and certificates › The certificate (table cell)
td-fb9ef89417 = Product

# Children's products and certificates › The certificate (table cell)
td-31a1a8581f = Enough detail to match the CPC to each product it covers, and to no others

# Children's products and certificates › The certificate (table cell)
td-4228aeb07c = Rules

# Children's products and certificates › The certificate (table cell)
td-647ca8b733 = Each children's product safety rule, cited separately

# Children's products and certificates › The certificate (table cell)
td-86004f1008 = Certifier

# Children's products and certificates › The certificate (table cell)
td-9726b0e13b = U.S. importer or domestic manufacturer: name, full mailing address, telephone

# Children's products and certificates › The certificate (table cell)
td-75964d2f03 = Records contact

# Children's products and certificates › The certificate (table cell)
td-16cd9dc1e6 = Person who keeps the test records: name, full mailing address, e-mail, telephone

# Children's products and certificates › The certificate (table cell)
td-8f1f17218c = Manufacture

# Children's products and certificates › The certificate (table cell)
td-268569d872 = Date and place of manufacture

# Children's products and certificates › The certificate (table cell)
td-e806a291cf = Testing

# Children's products and certificates › The certificate (table cell)
td-e4f77faceb = Date and place of testing

# Children's products and certificates › The certificate (table cell)
td-5e37d1bb9d = Laboratory

# Children's products and certificates › The certificate (table cell)
td-c3fb8823c4 = Each CPSC-accepted third-party laboratory the certificate relies on

# Children's products and certificates › The certificate (paragraph)
p-a23fc9f3e0 = Some products are exempt from testing, under an exemption in a rule or under a CPSC determination. An example is a children's blanket. The firm must still issue a CPC. It cites all applicable rules. In place of a laboratory, it names the exemption it claims. Some materials need no lead testing, but they must still meet the [lead limits](lead-and-phthalates.md#limits).

# Children's products and certificates › The certificate (paragraph)
p-b780cea7e8 = If a certificate relies on test reports for components, the certificate for the finished product must list every laboratory and every citation.

# Children's products and certificates › Tracking labels (heading)
h-588e1d0168 = Tracking labels

# Children's products and certificates › Tracking labels (paragraph)
p-55f963d8df = Children's products and their packaging must carry permanent distinguishing marks, to the extent practicable (Consumer Product Safety Act, section 14(a)(5)). These marks are called tracking labels. They must show:

# Children's products and certificates › Tracking labels (list item)
li-8b8de6764f = the name of the manufacturer or private labeler;

# Children's products and certificates › Tracking labels (list item)
li-3470715922 = the location and date of production;

# Children's products and certificates › Tracking labels (list item)
li-e2d219ac42 = detailed information on the manufacturing process, such as a batch or run number;

# Children's products and certificates › Tracking labels (list item)
li-302a560ee7 = any other information that helps to find the specific source of the product.

# Children's products and certificates › Tracking labels (paragraph)
p-cf53363818 = The information must be visible and legible. It need not be in one place. Existing marks can count. On clothing, the FTC Registered Identification Number (RN) can meet part of the requirement, but not all of it.

# Children's products and certificates › Tracking labels (paragraph)
p-f0f48ff60e = For products made overseas, the importer is responsible for tracking labels.

# Children's products and certificates › Tracking labels (paragraph)
p-2e2d7a3df2 = Durable infant or toddler products, such as cribs and strollers, have more marking and registration card rules (16 CFR part 1130).

# Children's products and certificates › Certificate eFiling (heading)
h-fb60fb25fd = Certificate eFiling

# Children's products and certificates › Certificate eFiling (paragraph)
# previous: p-535aad36db
p-ee96f72957 = A final rule of January 8, 2025 made eFiling of certificates mandatory for imports[^1]. It covers all imported CPSC-regulated products that must be certified. This includes Children's Product Certificates and General Certificates of Conformity. Products made in the United States must also be certified, but their certificates are not eFiled at entry.

# Children's products and certificates › Certificate eFiling (paragraph)
p-e15ba62e66 = The rule is 90 FR 1800, docket CPSC 2013-0017. It amended 16 CFR part 1110.

# Children's products and certificates › Certificate eFiling (paragraph)
p-d62a33b501 = The importer, or its customs broker, files the certificate data electronically at entry. The data goes to U.S. Customs and Border Protection through a Partner Government Agency (PGA) Message Set in ACE. The data can also be stored in the CPSC Product Registry and referenced.

# Children's products and certificates › Certificate eFiling (table cell)
td-7cb76b4af1 = Entries

# Children's products and certificates › Certificate eFiling (table cell)
td-98b2042ece = eFiling mandatory from

# Children's products and certificates › Certificate eFiling (table cell)
td-5a72f56cfc = All entries, except from a foreign trade zone

# Children's products and certificates › Certificate eFiling (table cell)
td-d5af4d96ee = July 8, 2026

# Children's products and certificates › Certificate eFiling (table cell)
td-93a6572f9a = Entries from a foreign trade zone, for consumption or warehousing

# Children's products and certificates › Certificate eFiling (table cell)
td-56358c61e0 = January 8, 2027

# Children's products and certificates › Certificate eFiling (paragraph)
p-0213aef8d6 = The data are the seven required certificate elements. The factory's records must support each of them.

# Children's products and certificates › Certificate eFiling (paragraph)
p-fd7ef61545 = An older CPSC answer says that filing a CPC with the government is "not required at this time". For most imports from July 8, 2026, this is out of date.

# Children's products and certificates › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Children's products and certificates › What to do in the factory (list item)
li-177c4ae1e9 = Ask the importer for the age grade and the list of rules for each product.

# Children's products and certificates › What to do in the factory (list item)
li-d9df4d7e41 = Use only CPSC-accepted third-party laboratories.

# Children's products and certificates › What to do in the factory (list item)
li-d6930a85c2 = Record the date and place of manufacture and the batch or run number of each lot.

# Children's products and certificates › What to do in the factory (list item)
li-5e61dc43de = Put tracking marks on the product and the packaging, as agreed with the importer.

# Children's products and certificates › What to do in the factory (list item)
li-e7d4b01dd8 = Tell the importer before any change in design, process or component supplier.

# Children's products and certificates › What to do in the factory (list item)
li-80a56267c4 = Never try to influence a laboratory's test results.

# Children's products and certificates › What to do in the factory (list item)
li-176bfa22d4 = Keep all test reports in English, ready for the importer.

# Children's products and certificates › What to do in the factory (paragraph)
p-e618613b73 = When CPSC knows the Chinese manufacturer behind a voluntary recall, it gives the manufacturer's name and the recall announcement to the Chinese regulator. It also tells the manufacturer, if it has the name and address. Since 2018, the duties of the former Chinese regulator are with SAMR, for product quality and safety, and with GACC, for import and export inspection. Good batch records help to find the affected lots quickly.

# Children's products and certificates › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Children's products and certificates › Check your knowledge (list item)
li-2d6476b1da = A product is designed mainly for children aged 10. Is it a children's product?

# Children's products and certificates › Check your knowledge (list item)
li-4536ae53f1 = Yes, because it is for children 12 years of age or younger.

# Children's products and certificates › Check your knowledge (list item)
li-8112389f01 = No, only products for children under 3 are children's products.

# Children's products and certificates › Check your knowledge (list item)
li-82153ece2e = Only if it is a toy.

# Children's products and certificates › Check your knowledge (list item)
li-594c02ef97 = A children's product is designed or intended primarily for children 12 years of age or younger.

# Children's products and certificates › Check your knowledge (list item)
li-6308ed4b24 = Who issues the CPC for a toy made in Vietnam and imported into the United States?

# Children's products and certificates › Check your knowledge (list item)
li-e6b0e280cc = The factory

# Children's products and certificates › Check your knowledge (list item)
li-eff80c037e = The test laboratory

# Children's products and certificates › Check your knowledge (list item)
li-9cd14423a6 = The U.S. importer

# Children's products and certificates › Check your knowledge (list item)
li-6b969f7557 = For products made abroad, the importer issues the CPC and is legally responsible for it.

# Children's products and certificates › Check your knowledge (list item)
li-fcbed22ce5 = A factory changes the supplier of a paint. The change could affect compliance. What is needed?

# Children's products and certificates › Check your knowledge (list item)
li-78cfbffa15 = Nothing, because the old test report passed

# Children's products and certificates › Check your knowledge (list item)
li-31378a4dbd = New third-party testing and a new certificate

# Children's products and certificates › Check your knowledge (list item)
li-b9c4997783 = Only a new tracking label

# Children's products and certificates › Check your knowledge (list item)
li-c833050ed9 = A change in component sourcing that could affect compliance is a material change. It needs new third-party testing and a new CPC.

# Children's products and certificates › Check your knowledge (list item)
li-61c9080c7d = From which date is certificate eFiling mandatory for entries from a foreign trade zone?

# Children's products and certificates › Check your knowledge (list item)
li-d5af4d96ee = July 8, 2026

# Children's products and certificates › Check your knowledge (list item)
li-56358c61e0 = January 8, 2027

# Children's products and certificates › Check your knowledge (list item)
li-677f334331 = January 8, 2025

# Children's products and certificates › Check your knowledge (list item)
li-6e9fa34bde = For other entries, the date is July 8, 2026.

# Children's products and certificates › Sources (heading)
h-caf85b0888 = Sources

# Children's products and certificates › Sources (list item)
li-cbe74fd4cb = { "[" }eCFR: Part 1200, definition of children's product](https://www.ecfr.gov/current/title-16/part-1200)

# Children's products and certificates › Sources (list item)
li-837c43b9bc = { "[" }eCFR: Part 1107, testing and certification of children's products](https://www.ecfr.gov/current/title-16/part-1107)

# Children's products and certificates › Sources (list item)
li-1a6b397484 = { "[" }eCFR: Part 1109, component part testing](https://www.ecfr.gov/current/title-16/part-1109)

# Children's products and certificates › Sources (list item)
li-74ff8b238e = { "[" }eCFR: Part 1110, certificates](https://www.ecfr.gov/current/title-16/part-1110)

# Children's products and certificates › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, third-party laboratories](https://www.ecfr.gov/current/title-16/part-1112)

# Children's products and certificates › Sources (list item)
li-30cde9875c = { "[" }CPSC: Children's Product Certificate](https://www.cpsc.gov/Business--Manufacturing/Testing-Certification/Childrens-Product-Certificate-CPC/)

# Children's products and certificates › Sources (list item)
li-90dfe3aff0 = { "[" }CPSC: Certificates overview](http://www.cpsc.gov/cpc)

# Children's products and certificates › Sources (list item)
li-056d7e4313 = { "[" }CPSC FAQ: Children's Product Certificate](https://cpsc.gov/FAQ/Children%E2%80%99s-Product-Certificate)

# Children's products and certificates › Sources (list item)
li-c9b7cfeaa7 = { "[" }CPSC: Tracking labels](https://cpsc.gov/trackinglabel)

# Children's products and certificates › Sources (list item)
li-67a24923eb = { "[" }CPSC FAQ: Tracking labels](https://cpsc.gov/FAQ/Tracking-Label)

# Children's products and certificates › Sources (list item)
li-8842c36139 = { "[" }CPSC: eFiling](https://cpsc.gov/eFiling)

# Children's products and certificates › Sources (list item)
li-be5b6f1662 = { "[" }CPSC FAQ: eFiling](https://cpsc.gov/FAQ/eFiling-Frequently-Asked-Questions-FAQ)

# Children's products and certificates › Sources (list item)
li-afa25cdc0b = { "[" }Federal Register: eFiling final rule, January 8, 2025](https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-30826.html)

# Children's products and certificates › Sources (list item)
li-5e1930f721 = { "[" }CPSC: Chinese government notification of recalls](http://www.cpsc.gov/Business--Manufacturing/International/Topics/Chinese-Government-Notification-of-Recalls/)

