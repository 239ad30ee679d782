### Malay glossary terms. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

-childrens-product = produk kanak-kanak
    .note = Produk pengguna yang direka bentuk atau bertujuan terutamanya untuk kanak-kanak berumur 12 tahun ke bawah.
-cpc = Sijil Produk Kanak-kanak (CPC)
    .note = Sijil yang digunakan oleh pengimport AS atau pengilang domestik untuk memperakui pematuhan.
-third-party-testing = ujian pihak ketiga
-cpsc-accepted-lab = makmal yang diterima CPSC
    .note = Makmal ujian pihak ketiga yang akreditasinya telah diterima oleh CPSC.
-tracking-label = label pengesanan
-small-parts = bahagian kecil
-small-parts-cylinder = silinder ujian bahagian kecil
-choking-hazard = bahaya tercekik
-warning-label = label amaran
-lead = plumbum
-total-lead-content = jumlah kandungan plumbum
-surface-coating = cat dan salutan permukaan
-phthalates = ftalat
-cpsc = CPSC
    .note = Suruhanjaya Keselamatan Produk Pengguna Amerika Syarikat (U.S. Consumer Product Safety Commission).
-recall = penarikan balik
