### Indonesian glossary terms. Draft translation by the Primer team;
### not yet reviewed by a qualified translator.

-childrens-product = produk anak
    .note = Produk konsumen yang dirancang atau ditujukan terutama untuk anak berusia 12 tahun ke bawah.
-cpc = Sertifikat Produk Anak (CPC)
    .note = Sertifikat yang digunakan oleh importir AS atau produsen dalam negeri untuk menyatakan kepatuhan produk.
-third-party-testing = pengujian pihak ketiga
-cpsc-accepted-lab = laboratorium yang diterima CPSC
    .note = Laboratorium pengujian pihak ketiga yang akreditasinya telah diterima oleh CPSC.
-tracking-label = label pelacakan
-small-parts = komponen kecil
-small-parts-cylinder = silinder uji komponen kecil
-choking-hazard = bahaya tersedak
-warning-label = label peringatan
-lead = timbal
-total-lead-content = kandungan timbal total
-surface-coating = cat dan pelapis permukaan
-phthalates = ftalat
-cpsc = CPSC
    .note = Komisi Keamanan Produk Konsumen Amerika Serikat (U.S. Consumer Product Safety Commission).
-recall = penarikan kembali
