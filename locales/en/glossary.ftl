### Glossary terms (English). Use them in translations as { -term-id }.

-childrens-product = children's product
    .note = A consumer product designed or intended primarily for children 12 years of age or younger.
-cpc = Children's Product Certificate
    .note = The certificate in which the U.S. importer or domestic manufacturer certifies compliance.
-third-party-testing = third-party testing
-cpsc-accepted-lab = CPSC-accepted laboratory
    .note = A third-party testing laboratory whose accreditation CPSC has accepted.
-tracking-label = tracking label
-small-parts = small parts
-small-parts-cylinder = small-parts test cylinder
-choking-hazard = choking hazard
-warning-label = warning label
-lead = lead
-total-lead-content = total lead content
-surface-coating = paint and surface coatings
-phthalates = phthalates
-cpsc = CPSC
    .note = U.S. Consumer Product Safety Commission.
-recall = recall
