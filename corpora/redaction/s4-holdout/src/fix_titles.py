import re, glob
for p in glob.glob('src/texts_*.txt'):
    s = open(p).read()
    n = re.sub(r"\[\[([A-Z]+)\|(Mr|Mrs|Ms|Miss|Mx|Dr|Sgt|PC|DC|DS|DI|Nurse|Sister|Sr|Staff Nurse|Charge Nurse|Prof\.?|SHO Dr) (.+?)\]\]", r"\2 [[\1|\3]]", s)
    if n != s:
        print(p, len(re.findall(r"\[\[([A-Z]+)\|(Mr|Mrs|Ms|Miss|Mx|Dr|Sgt|PC|DC|DS|DI|Nurse|Sister|Sr|Staff Nurse|Charge Nurse|Prof\.?|SHO Dr) ", s)))
        open(p, 'w').write(n)
