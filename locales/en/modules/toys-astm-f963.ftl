### Source: content/modules/toys-astm-f963.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/modules/toys-astm-f963.ftl.

# Toys and ASTM F963 (title)
title-313bfd31ab = Toys and ASTM F963

# Toys and ASTM F963 (summary)
summary-a796b90f5e = Toys sold in the United States must meet the toy safety standard ASTM F963, and 16 CFR part 1250 makes the edition ASTM F963-23 mandatory from April 20, 2024.

# Toys and ASTM F963 (learning objective)
objective-9ce6de84d5 = Explain why ASTM F963 is mandatory for toys sold in the United States.

# Toys and ASTM F963 (learning objective)
objective-df27c767e7 = Name the edition in 16 CFR part 1250 and the date it took effect.

# Toys and ASTM F963 (learning objective)
objective-2dd4867028 = Use the age grade of a toy to find the rules that apply.

# Toys and ASTM F963 (learning objective)
objective-7fb2e0ec2e = Explain where the limits for heavy elements in toys come from.

# Toys and ASTM F963 (paragraph)
p-fb279dbdec = ASTM F963 is the U.S. toy safety standard. U.S. law makes it mandatory. A toy must meet it, and it must meet other CPSC rules too. This module explains the standard, the age grade of a toy and the limits for heavy elements.

# Toys and ASTM F963 › A mandatory standard (heading)
h-6f54602953 = A mandatory standard

# Toys and ASTM F963 › A mandatory standard (paragraph)
# previous: p-b3e7a2b694 p-7dfe82f8e8
p-ce51028900 = Section 106 of the CPSIA made an earlier edition of the toy standard ASTM F963 mandatory. It also set a procedure for adopting new editions of the standard. The mandatory edition is named in 16 CFR 1250.2.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-41a63b48ca = The edition ASTM F963-23 was adopted by a direct final rule of January 18, 2024[^1]. The rule made ASTM F963-23 mandatory from April 20, 2024.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-5e6a2fac99 = The rule is 89 FR 3344, docket CPSC-2017-0010. It changed 16 CFR parts 1112 and 1250.

# Toys and ASTM F963 › A mandatory standard (paragraph)
# previous: p-084e6ea982
p-2a02ff4840 = This module was checked for ASTM F963-23. Before you test, check the edition named in 16 CFR 1250.2 in the eCFR.

# Toys and ASTM F963 › A mandatory standard (paragraph)
p-0e43d767b7 = The same rule updated the requirements that CPSC uses to accept laboratories for ASTM F963 testing (16 CFR part 1112). A toy for children 12 or younger is a children's product. It needs third-party testing by a CPSC-accepted laboratory and a Children's Product Certificate. See [children's products and certificates](childrens-products-and-certificates.md).

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (heading)
h-ee7582fc7f = Part 1250 holds more than ASTM F963

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-520b9b3176 = 16 CFR part 1250 is titled "Safety Standard for Toys". Its section 1250.2 makes ASTM F963-23 mandatory. The part now also holds rules for particular toys:

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c4fdb5e885 = Neck floats must meet 16 CFR 1250.5 from June 15, 2026[^2]. This rule uses test methods of ANSI/CAN/UL 12402-9:2022 and ANSI/APSP/ICC-16 2017.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (list item)
li-c1520f037f = A rule of December 12, 2025 (90 FR 57855) also amended part 1250. Before you test a toy that another section of the part may cover, read the whole part in the eCFR.

# Toys and ASTM F963 › Part 1250 holds more than ASTM F963 (paragraph)
p-d970be6384 = The rule is 90 FR 58096 of December 15, 2025.

# Toys and ASTM F963 › What the standard covers (heading)
h-f79a6d9b07 = What the standard covers

# Toys and ASTM F963 › What the standard covers (paragraph)
# previous: p-b913fe183d
p-b0815de91a = ASTM F963 covers many hazards of toys. It covers toys for children under 14. Work with your laboratory, and use a copy of the edition in force. This module covers only a few of its requirements:

# Toys and ASTM F963 › What the standard covers (list item)
li-6e4f1189a6 = Limits for soluble heavy elements in paints, surface coatings and substrates. See the section below.

# Toys and ASTM F963 › What the standard covers (list item)
# previous: li-082215f63a
li-eff1709758 = Requirements for magnets in toys. The U.S. magnet rule for certain products that are not toys, 16 CFR part 1262, uses the F963 test method for the flux index.

# Toys and ASTM F963 › What the standard covers (paragraph)
p-9bf9c7e198 = A toy must also meet other CPSC rules. The most common ones are in this table.

# Toys and ASTM F963 › What the standard covers (table cell)
td-7e61847d61 = Topic

# Toys and ASTM F963 › What the standard covers (table cell)
td-bcdecc549d = Who it is for

# Toys and ASTM F963 › What the standard covers (table cell)
td-62845f31a2 = Rule

# Toys and ASTM F963 › What the standard covers (table cell)
td-3651cc5bce = Toy safety

# Toys and ASTM F963 › What the standard covers (table cell)
# previous: td-0546141b55
td-e5c00fcbdc = Toys for children under 14

# Toys and ASTM F963 › What the standard covers (table cell)
# previous: td-5e557c9e60
td-684afb4292 = ASTM F963-23, 16 CFR 1250.2

# Toys and ASTM F963 › What the standard covers (table cell)
td-aca7f69010 = Small parts

# Toys and ASTM F963 › What the standard covers (table cell)
td-4ab4a564cf = Children under 3

# Toys and ASTM F963 › What the standard covers (table cell)
td-5bcedaee3b = 16 CFR part 1501

# Toys and ASTM F963 › What the standard covers (table cell)
td-48dc026dd0 = Choking warnings

# Toys and ASTM F963 › What the standard covers (table cell)
td-249b58c205 = Some toys, ages 3 and up

# Toys and ASTM F963 › What the standard covers (table cell)
td-6e179cae6c = 16 CFR 1500.19

# Toys and ASTM F963 › What the standard covers (table cell)
td-4036f6e475 = Sharp points and edges

# Toys and ASTM F963 › What the standard covers (table cell)
td-81bb7de2aa = Children under 8

# Toys and ASTM F963 › What the standard covers (table cell)
td-91976c717f = 16 CFR 1500.48 and 1500.49

# Toys and ASTM F963 › What the standard covers (table cell)
td-68ea99aff3 = Total lead

# Toys and ASTM F963 › What the standard covers (table cell)
td-65b062c478 = Children 12 and under

# Toys and ASTM F963 › What the standard covers (table cell)
td-12745b62bd = CPSIA section 101

# Toys and ASTM F963 › What the standard covers (table cell)
td-fba9c7dcda = Lead in paint

# Toys and ASTM F963 › What the standard covers (table cell)
td-7f7654ff4c = 16 CFR part 1303

# Toys and ASTM F963 › What the standard covers (table cell)
td-4f2d1ee02d = Phthalates

# Toys and ASTM F963 › What the standard covers (table cell)
td-ed3c41feb3 = 16 CFR part 1307

# Toys and ASTM F963 › What the standard covers (paragraph)
p-a7fbb107d2 = For the lead and phthalate limits, see [lead limits](lead-and-phthalates.md#limits). For the choking warnings, see [small parts](toys-small-parts.md#warnings).

# Toys and ASTM F963 › The age grade of a toy (heading)
h-c69cefe783 = The age grade of a toy

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-1d0a4ad0dd = Many rules depend on the age of the child who will use the toy. A children's product is designed or intended primarily for children 12 years of age or younger (16 CFR 1200.2). Toys that fall under the small parts rules are children's products.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-158b19ea54 = Four factors decide whether a product is primarily for children. One of them is the CPSC staff Age Determination Guidelines of September 2002, and any successor. All four are listed in [children's products and certificates](childrens-products-and-certificates.md).

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-189d079999 = For the small parts rules, 16 CFR 1501.2(b) gives similar criteria for toys intended for children under 3:

# Toys and ASTM F963 › The age grade of a toy (list item)
li-6b04adf5b0 = the manufacturer's stated intent, if it is reasonable;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-b18bbbb4da = the advertising, promotion and marketing of the toy;

# Toys and ASTM F963 › The age grade of a toy (list item)
li-0729d838f2 = whether the toy is commonly recognized as intended for children under 3.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-2edd428a3b = An age label alone does not decide the age grade. The manufacturer's statement counts only if it is reasonable. A toy for children under 3 must not have small parts. Sharp point and edge tests apply to toys for children under 8.

# Toys and ASTM F963 › The age grade of a toy (paragraph)
p-f58b2d951e = Toys whose function needs a sharp point or edge, such as toy scissors, can be exempt from 16 CFR 1500.48 and 1500.49. They must have no non-functional sharp points or edges. They must also be conspicuously labeled.

# Toys and ASTM F963 › Heavy elements (heading)
h-6d834925dc = Heavy elements

# Toys and ASTM F963 › Heavy elements (paragraph)
# previous: p-ee0df3e98e
p-45a8c7adc5 = ASTM F963 also limits soluble heavy elements in paints, surface coatings and accessible substrates, the base materials of a toy. The limits are in the text of the standard. This training does not repeat them. Get the figures from a copy of ASTM F963-23 or from your CPSC-accepted laboratory.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-1da8e829ef = Two U.S. limits for lead apply to every children's product, toys included:

# Toys and ASTM F963 › Heavy elements (table cell)
td-674b0ed54b = Limit

# Toys and ASTM F963 › Heavy elements (table cell)
td-1584863a0a = 90 ppm lead in paint and surface coatings

# Toys and ASTM F963 › Heavy elements (table cell)
td-c10c1bec47 = 100 ppm total lead content in accessible parts

# Toys and ASTM F963 › Heavy elements (table cell)
td-22659e2793 = CPSIA

# Toys and ASTM F963 › Heavy elements (paragraph)
p-8f219681a6 = See [lead limits](lead-and-phthalates.md#limits) for details.

# Toys and ASTM F963 › Heavy elements (paragraph)
p-5d055f2778 = A toy must meet both the ASTM F963 limits and the U.S. lead limits. Ask your laboratory which toys and which materials must be tested.

# Toys and ASTM F963 › What to do in the factory (heading)
h-2a572bd7e4 = What to do in the factory

# Toys and ASTM F963 › What to do in the factory (list item)
li-7212b83862 = Agree on the age grade of each toy with the importer.

# Toys and ASTM F963 › What to do in the factory (list item)
li-ae89c91287 = Check the ASTM F963 edition in 16 CFR part 1250 before you test.

# Toys and ASTM F963 › What to do in the factory (list item)
li-80ec853440 = Use a laboratory that CPSC has accepted for ASTM F963 testing.

# Toys and ASTM F963 › What to do in the factory (list item)
li-1a0a9c86a1 = List every paint, coating and accessible material of each toy.

# Toys and ASTM F963 › What to do in the factory (list item)
li-360cb1d0c4 = Test paints, coatings and substrates for soluble heavy elements, as ASTM F963 requires.

# Toys and ASTM F963 › What to do in the factory (list item)
li-17d428a3d6 = Test toys for children under 3 for small parts, and toys for children under 8 for sharp points and edges.

# Toys and ASTM F963 › What to do in the factory (list item)
li-98dec16d00 = Keep all test reports. The importer needs them for the certificate.

# Toys and ASTM F963 › What to do in the factory (paragraph)
# previous: p-bad7cefb36
p-0a5efc6fb9 = CPSC's page about its office in Beijing says: "Chinese goods continue to account for over half of total CPSC-announced product recalls – and an even greater proportion of recalls of children's products." The page is not dated, so the figures may not be current. Careful testing to ASTM F963 helps to keep toys out of recalls.

# Toys and ASTM F963 › Check your knowledge (heading)
h-27544b5c12 = Check your knowledge

# Toys and ASTM F963 › Check your knowledge (list item)
# previous: li-63a5901773
li-10f22487a0 = What did the direct final rule of January 18, 2024 do?

# Toys and ASTM F963 › Check your knowledge (list item)
# previous: li-00f0c020a8
li-86dc98874e = ASTM F963 became voluntary.

# Toys and ASTM F963 › Check your knowledge (list item)
# previous: li-64021ba1ee
li-8864319147 = ASTM F963 was withdrawn.

# Toys and ASTM F963 › Check your knowledge (list item)
# previous: li-1a0e9252fb
li-81fce7f911 = ASTM F963-23 became mandatory.

# Toys and ASTM F963 › Check your knowledge (list item)
# previous: li-7cabdd2088
li-c0b43ec668 = The rule adopted ASTM F963-23 in 16 CFR part 1250. It also updated the requirements for laboratories that test to ASTM F963.

# Toys and ASTM F963 › Check your knowledge (list item)
li-96d2f5adcb = From which date did ASTM F963-23 become mandatory?

# Toys and ASTM F963 › Check your knowledge (list item)
li-04381f0239 = January 18, 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-cb73086513 = April 20, 2024

# Toys and ASTM F963 › Check your knowledge (list item)
li-e90f05e72b = August 14, 2011

# Toys and ASTM F963 › Check your knowledge (list item)
li-1aa841b387 = The rule was published on January 18, 2024. It made ASTM F963-23 mandatory from April 20, 2024.

# Toys and ASTM F963 › Check your knowledge (list item)
li-9206bfe10c = What is the U.S. limit for lead in the paint of a toy?

# Toys and ASTM F963 › Check your knowledge (list item)
li-a9547a5a14 = 90 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-a1b3e5275b = 500 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-7186d9b809 = 1,000 ppm

# Toys and ASTM F963 › Check your knowledge (list item)
li-83bea7f688 = Paint and similar surface coatings on toys and other children's products must not contain more than 90 ppm of lead (16 CFR part 1303).

# Toys and ASTM F963 › Check your knowledge (list item)
li-89690eda69 = The rules on sharp points and sharp edges apply to toys for which children?

# Toys and ASTM F963 › Check your knowledge (list item)
li-be03629ad8 = Children under 3 only

# Toys and ASTM F963 › Check your knowledge (list item)
li-81bb7de2aa = Children under 8

# Toys and ASTM F963 › Check your knowledge (list item)
li-65b062c478 = Children 12 and under

# Toys and ASTM F963 › Check your knowledge (list item)
li-c5a061c749 = 16 CFR 1500.48 and 1500.49 apply to toys and articles intended for children under 8.

# Toys and ASTM F963 › Sources (heading)
h-caf85b0888 = Sources

# Toys and ASTM F963 › Sources (list item)
li-d3e375abbc = { "[" }eCFR: Part 1250, toy safety](https://www.ecfr.gov/current/title-16/part-1250)

# Toys and ASTM F963 › Sources (list item)
li-47fed90bbc = { "[" }Federal Register: ASTM F963-23 direct final rule, January 18, 2024](https://www.govinfo.gov/content/pkg/FR-2024-01-18/html/2024-00741.htm)

# Toys and ASTM F963 › Sources (list item)
li-a445900dd1 = { "[" }Federal Register: neck floats final rule, December 15, 2025](https://www.govinfo.gov/content/pkg/FR-2025-12-15/html/2025-22827.htm)

# Toys and ASTM F963 › Sources (list item)
li-f8c7729576 = { "[" }eCFR: Part 1112, third-party laboratories](https://www.ecfr.gov/current/title-16/part-1112)

# Toys and ASTM F963 › Sources (list item)
li-5e900d795e = { "[" }eCFR: Section 1200.2, definition of children's product](https://www.ecfr.gov/current/title-16/section-1200.2)

# Toys and ASTM F963 › Sources (list item)
li-bf68d9e043 = { "[" }eCFR: Section 1501.2, age of children for small parts](https://www.ecfr.gov/current/title-16/section-1501.2)

# Toys and ASTM F963 › Sources (list item)
li-1b36b5728b = { "[" }eCFR: Section 1500.48, sharp points](https://www.ecfr.gov/current/title-16/section-1500.48)

# Toys and ASTM F963 › Sources (list item)
li-f0bb75d1dd = { "[" }eCFR: Section 1500.49, sharp edges](https://www.ecfr.gov/current/title-16/section-1500.49)

# Toys and ASTM F963 › Sources (list item)
li-e19cee1dc5 = { "[" }eCFR: Section 1262.4, magnet test method](https://www.ecfr.gov/current/title-16/section-1262.4)

# Toys and ASTM F963 › Sources (list item)
li-59a400fb00 = { "[" }CPSC: Total lead content business guidance](https://cpsc.gov/Business--Manufacturing/Business-Education/Lead/Total-Lead-Content-Business-Guidance-and-Small-Entity-Compliance-Guide)

# Toys and ASTM F963 › Sources (list item)
li-b38d63eac7 = { "[" }CPSC: Lead in paint FAQ](https://cpsc.gov/FAQ/Lead-in-Paint)

# Toys and ASTM F963 › Sources (list item)
li-f30ee94a2c = { "[" }CPSC: Regional Product Safety Office, Beijing](http://www.cpsc.gov/Business--Manufacturing/International/CPSC-Regional-Product-Safety-Office-Beijing/)

