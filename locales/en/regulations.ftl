### Source: content/regulations.yaml
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/regulations.ftl.
### The official headings of the 16 CFR parts the modules cite, and what each dated rule in them covers.

# 16 CFR part 1107
title-16877c6125 = Testing and Labeling Pertaining to Product Certification

# 16 CFR part 1109
title-6ad736bada = Conditions and Requirements for Relying on Component Part Testing or Certification, or Another Party's Finished Product Testing or Certification, to Meet Testing and Certification Requirements

# 16 CFR part 1110
title-9ce8ce288c = Certificates of Compliance

# 16 CFR part 1112
title-232e2f1d2a = Requirements Pertaining to Third Party Conformity Assessment Bodies

# 16 CFR part 1115
title-e68324df6c = Substantial Product Hazard Reports

# 16 CFR part 1117
title-fa77cabe92 = Reporting of Choking Incidents Involving Marbles, Small Balls, Latex Balloons and Other Small Parts

# 16 CFR part 1120
title-2b1646e2ea = Substantial Product Hazard List

# 16 CFR part 1130
title-7fcf233dac = Requirements for Consumer Registration of Durable Infant or Toddler Products

# 16 CFR part 1199
title-edc0cc53c6 = Children's Toys and Child Care Articles Containing Phthalates: Guidance on Inaccessible Component Parts

# 16 CFR part 1200
title-425b712a28 = Definition of Children's Product Under the Consumer Product Safety Act

# 16 CFR part 1218
title-c04dad5ace = Safety Standard for Bassinets and Cradles

# 16 CFR part 1219
title-434963ece7 = Safety Standard for Full-Size Baby Cribs

# 16 CFR part 1220
title-37da04b669 = Safety Standard for Non-Full-Size Baby Cribs

# 16 CFR part 1221
title-f5cddfee34 = Safety Standard for Play Yards

# 16 CFR part 1236
title-0df81f6519 = Safety Standard for Infant Sleep Products

# 16 CFR part 1241
title-0f653e7ac6 = Safety Standard for Crib Mattresses

# 16 CFR part 1250
title-1eb9ad890c = Safety Standard for Toys

# 16 CFR 1250.4
title-c96b52efd7 = Water beads

# 16 CFR 1250.5
title-01055217c6 = Neck floats

# 16 CFR part 1252
title-5167aa32bc = Children's Products, Children's Toys, and Child Care Articles: Determinations Regarding Lead, ASTM F963 Elements, and Phthalates for Engineered Wood Products

# 16 CFR part 1262
title-db43c74427 = Safety Standard for Magnets

# 16 CFR part 1263
title-f5ea496ef1 = Safety Standard for Button Cell or Coin Batteries and Consumer Products Containing Such Batteries

# 16 CFR part 1303
title-62a6ea13ef = Ban of Lead-Containing Paint and Certain Consumer Products Bearing Lead-Containing Paint

# 16 CFR part 1307
title-2c0846c5ea = Prohibition of Children's Toys and Child Care Articles Containing Specified Phthalates

# 16 CFR part 1308
title-31457930b0 = Prohibition of Children's Toys and Child Care Articles Containing Specified Phthalates: Determinations Regarding Certain Plastics

# 16 CFR part 1500
title-020a1c3adf = Hazardous Substances and Articles: Administration and Enforcement Regulations

# 16 CFR part 1501
title-c3932b407b = Method for Identifying Toys and Other Articles Intended for Use by Children Under 3 Years of Age Which Present Choking, Aspiration, or Ingestion Hazards Because of Small Parts

# 16 CFR part 1512
title-fa982ef96b = Requirements for Bicycles

# 16 CFR part 1609
title-da21c6fca2 = Text of the Flammable Fabrics Act of 1953, as Amended in 1954, Prior to 1967 Amendment and Revision

# 16 CFR part 1610
title-06b709689c = Standard for the Flammability of Clothing Textiles

# 16 CFR part 1611
title-b38d73879b = Standard for the Flammability of Vinyl Plastic Film

# 16 CFR part 1615
title-a6d68e474a = Standard for the Flammability of Children's Sleepwear: Sizes 0 Through 6X (FF 3-71)

# 16 CFR part 1616
title-b4756cbb42 = Standard for the Flammability of Children's Sleepwear: Sizes 7 Through 14 (FF 5-74)

# 16 CFR part 1700
title-cd3517cbf3 = Poison Prevention Packaging

