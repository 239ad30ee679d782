### Source: content/audiences/vietnam.md
### Written by `primer i18n extract`; do not edit. Translate into locales/<locale>/audiences/vietnam.ftl.

# Vietnam (title)
title-2e5e81066a = Vietnam

# Vietnam (summary)
summary-53bff70c23 = Local agencies, training languages and where to find the U.S. rules for trainees in Vietnam.

# Vietnam › Local agencies (heading)
h-0be3ac567e = Local agencies

# Vietnam › Local agencies (list item)
li-bf2e629d18 = { "*" }*Commission for the Standards, Metrology and Quality of Vietnam (STAMEQ).** It was formed from the former General Department for Standards, Metrology and Quality. It is an agency of the **Ministry of Science and Technology (Bộ Khoa học và Công nghệ)**.

# Vietnam › Local agencies (list item)
li-4f6d4a299b = STAMEQ works on standards and technical regulations, metrology, product and goods quality, labeling, barcodes and traceability, conformity assessment and accreditation.

# Vietnam › Local agencies (list item)
li-435c424963 = STAMEQ is also the national WTO/TBT enquiry point.

# Vietnam › CPSC in the region (heading)
h-722cb187e8 = CPSC in the region

# Vietnam › CPSC in the region (paragraph)
p-c04a413e34 = The CPSC Regional Product Safety Office in Beijing has briefed and trained public- and private-sector officials in China, Korea, Indonesia, Malaysia, Japan, Singapore and Vietnam.

# Vietnam › CPSC in the region (paragraph)
p-c3b7ec0900 = CPSC has also published training in Vietnamese on U.S. rules for textile and clothing products.

# Vietnam › Languages of this training (heading)
h-d9355ce816 = Languages of this training

# Vietnam › Languages of this training (list item)
li-690829f87a = Tiếng Việt

# Vietnam › Languages of this training (list item)
li-ba118bf7fc = English

# Vietnam › Where to find the U.S. rules (heading)
h-ad0aea49d8 = Where to find the U.S. rules

# Vietnam › Where to find the U.S. rules (list item)
li-1eb462f0f4 = The U.S. regulations for consumer products are in title 16 of the eCFR: [eCFR title 16](https://www.ecfr.gov/current/title-16).

# Vietnam › Where to find the U.S. rules (list item)
li-b533c767c5 = CPSC gives guidance for business on its website: [CPSC business guidance](https://www.cpsc.gov/Business--Manufacturing).

# Vietnam › Where to find the U.S. rules (list item)
li-92432af063 = The Children's Product Certificate and its test reports must be in English.

