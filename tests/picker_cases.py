"""What the capability picker must find: four queries in each bundled curriculum (issue 15, item 5).

Decided from the curriculum files before the ranking was tuned, by reading every node's title, description and
typical evidence. ``RELEVANT`` names, per query and curriculum, the nodes whose own text is about the query (the
first node found must be one of them); ``None`` means no node of that curriculum is about it (the picker must say
so and offer the nearest nodes). ``NEAREST`` are the weak cases where a node is still the right place for such
evidence although it never names the thing: the picker says no node mentions it and offers that node first.
"""

QUERIES = ("chest drain", "sedation", "safeguarding", "audit")
CURRICULA = ("gmc-gpc-2017", "jrcptb-im-2019", "rcem-2021", "rcoa-2021", "rcpsych-gen-2022")

RELEVANT: dict[tuple[str, str], tuple[str, ...] | None] = {
    # rcem SLO6.KC2 "perform EM procedural skills": "... procedural sedation with propofol or ketamine, chest drain,
    # central line ..."; evidence "DOPS for chest drain, central line, sedation or reduction". Its outcome SLO6
    # lists "chest drain (Seldinger and open)" and "adult procedural sedation".
    ("chest drain", "rcem-2021"): ("SLO6.KC2", "SLO6"),
    ("sedation", "rcem-2021"): ("SLO6.KC2", "SLO6"),
    # rcem SLO5.KC6: "checks child protection information, and refers to children's social care and the
    # safeguarding team"; evidence "children's social care / safeguarding referral", "level 3 safeguarding children
    # training", "body map and safeguarding notes".
    ("safeguarding", "rcem-2021"): ("SLO5.KC6",),
    # rcem SLO11: "clinical audit against RCEM standards with re-audit, national audits ..."; evidence "audit and
    # re-audit report", "RCEM national audit participation".
    ("audit", "rcem-2021"): ("SLO11",),
    # rcoa: no node names a chest drain, a pleural procedure or a thoracostomy (D14 Intensive care lists central
    # and arterial lines only).
    ("chest drain", "rcoa-2021"): None,
    # rcoa D12 "Procedural sedation" and D12.A "Delivers sedation for all patients in all settings".
    ("sedation", "rcoa-2021"): ("D12", "D12.A"),
    # rcoa D5 "Safeguarding": "evaluates and instigates initial management of safeguarding concerns".
    ("safeguarding", "rcoa-2021"): ("D5",),
    # rcoa D4 "Safety and quality improvement": "supervising trainees' QI projects and audits"; evidence "audit and
    # re-audit", "national audit participation (NAP, NELA, PQIP)".
    ("audit", "rcoa-2021"): ("D4",),
    # jrcptb-im: no node names a chest drain or any pleural procedure (C1 names chest pain, C2 pneumothorax as an
    # example of a respiratory emergency), and none names sedation.
    ("chest drain", "jrcptb-im-2019"): None,
    ("sedation", "jrcptb-im-2019"): None,
    # jrcptb-im G2: "safeguarding concerns", evidence "safeguarding referral": the only node that names it.
    ("safeguarding", "jrcptb-im-2019"): ("G2",),
    # jrcptb-im G4: "completes audits with re-audit"; evidence "audit and re-audit".
    ("audit", "jrcptb-im-2019"): ("G4",),
    # gmc-gpc D7 "Capabilities in safeguarding vulnerable groups".
    ("safeguarding", "gmc-gpc-2017"): ("D7",),
    # gmc-gpc D6: "Improves care through clinical audit with re-audit"; evidence "audit and re-audit report".
    ("audit", "gmc-gpc-2017"): ("D6",),
    # gmc-gpc: no node names a chest drain or sedation (see NEAREST).
    ("chest drain", "gmc-gpc-2017"): None,
    ("sedation", "gmc-gpc-2017"): None,
    # rcpsych: no node names a chest drain or sedation (2.2 prescribes psychotropic medication; nothing on
    # sedation or rapid tranquillisation).
    ("chest drain", "rcpsych-gen-2022"): None,
    ("sedation", "rcpsych-gen-2022"): None,
    # rcpsych 7.1 "Safeguarding" and its outcome HLO7 "Safeguarding vulnerable groups".
    ("safeguarding", "rcpsych-gen-2022"): ("7.1", "HLO7"),
    # rcpsych 6.2 "Quality improvement": "quality improvement projects and clinical audits ... re-audits to close the
    # loop"; evidence "audit and re-audit report", "presentation at an audit meeting".
    ("audit", "rcpsych-gen-2022"): ("6.2",),
}

#: Weak cases with a right place all the same. gmc-gpc D2 "Professional skills": "Practical skills; ...
#: consent forms and procedure notes"; evidence "DOPS", "procedure logbook": where a chest drain's or a
#: sedation's DOPS goes in the generic capabilities, though no node names either.
NEAREST: dict[tuple[str, str], str] = {
    ("chest drain", "gmc-gpc-2017"): "D2",
    ("sedation", "gmc-gpc-2017"): "D2",
}

assert set(RELEVANT) == {(q, c) for q in QUERIES for c in CURRICULA}
