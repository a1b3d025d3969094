"""Shared helpers: markup, invented people and numbers (seeded)."""
import random, re

TYPES = {'P': 'PATIENT_NAME', 'R': 'RELATIVE_NAME', 'C': 'COLLEAGUE_NAME', 'A': 'ADDRESS', 'PC': 'POSTCODE',
         'T': 'PHONE', 'E': 'EMAIL', 'N': 'NHS_NUMBER', 'H': 'HOSPITAL_NUMBER', 'REF': 'REFERENCE_NUMBER',
         'G': 'GMC_NUMBER', 'U': 'URL', 'O': 'OTHER_ID'}

def I(t, s):
    return f"\u27e6{t}|{s}\u27e7"

def K(s):
    return f"\u27ea{s}\u27eb"

MARK = re.compile(r"\u27e6([A-Z]+)\|(.*?)\u27e7|\u27ea(.*?)\u27eb", re.S)

def parse(marked):
    ids, keep = [], []
    def rep(m):
        if m.group(1):
            d = {"text": m.group(2), "type": TYPES[m.group(1)]}
            if d not in ids:
                ids.append(d)
            return m.group(2)
        s = m.group(3)
        if s not in keep:
            keep.append(s)
        return s
    text = MARK.sub(rep, marked)
    return text, ids, keep

POOLS = {
 'british': (['Daniel', 'Gary', 'Stephen', 'Keith', 'Liam', 'Callum', 'Harry', 'Alfie', 'Trevor', 'Nathan'],
             ['Sharon', 'Chloe', 'Megan', 'Joanne', 'Beverley', 'Paige', 'Evie', 'Maureen', 'Gillian', 'Tracey'],
             ['Whitfield', 'Hargreaves', 'Pickering', 'Thwaite', 'Ormerod', 'Blakemore', 'Fenwick', 'Rowbotham',
              'Cartwright', 'Ledger', 'Sowerby', 'Pilkington', 'Greenhalgh', 'Dobson']),
 'southasian': (['Imran', 'Rajesh', 'Harpreet', 'Abdul', 'Sanjay', 'Zain', 'Arjun', 'Tariq'],
                ['Nasreen', 'Kavita', 'Shabana', 'Parveen', 'Anjali', 'Rukhsana', 'Simran', 'Tahmina'],
                ['Chaudhry', 'Mistry', 'Sandhu', 'Rahman', 'Parmar', 'Hussain', 'Dhaliwal', 'Bhogal', 'Miah', 'Iqbal']),
 'westafrican': (['Chukwuemeka', 'Kwame', 'Babatunde', 'Femi', 'Yaw', 'Olusegun'],
                 ['Ngozi', 'Abena', 'Funmilayo', 'Adaeze', 'Yetunde', 'Efua'],
                 ['Oyelaran', 'Asante', 'Eze', 'Boateng', 'Okonkwo', 'Adeyemi', 'Owusu', 'Nnamdi']),
 'easteuro': (['Marek', 'Andrei', 'Piotr', 'Darius', 'Vasile', 'Lukas'],
              ['Agnieszka', 'Irina', 'Katarzyna', 'Ioana', 'Jelena', 'Zofia'],
              ['Kowalczyk', 'Popescu', 'Zielinski', 'Petrauskas', 'Horvath', 'Dumitru', 'Wojcik', 'Balan']),
 'eastasian': (['Wei', 'Jun', 'Hao', 'Minh', 'Kenji'],
               ['Xiaoling', 'Yan', 'Thu', 'Hyun-joo', 'Li Na'],
               ['Zhang', 'Cheung', 'Liu', 'Nguyen', 'Tran', 'Wong', 'Kim']),
 'mideast': (['Yusuf', 'Abdirahman', 'Mehmet', 'Omar', 'Khalid', 'Dariush'],
             ['Fatima', 'Hodan', 'Aylin', 'Layla', 'Amal', 'Shirin'],
             ['Warsame', 'Yilmaz', 'Al-Hashimi', 'Haddad', 'Demir', 'Jama', 'Karimi', 'Osman']),
 'celtcarib': (['Desmond', 'Ciaran', 'Padraig', 'Rhys', 'Hamish', 'Dwayne', 'Euan'],
               ['Marcia', 'Siobhan', 'Niamh', 'Cerys', 'Morag', 'Sinead', 'Bronwen'],
               ['Brathwaite', "O'Donoghue", 'McGrath', 'Llewellyn', 'Gunn', 'Baptiste', 'McAllister', 'Pritchard',
                'Mulholland']),
}
NICK = {'Daniel': 'Danny', 'Stephen': 'Steve', 'Gary': 'Gaz', 'Beverley': 'Bev', 'Joanne': 'Jo', 'Chukwuemeka': 'Chuks',
        'Babatunde': 'Tunde', 'Katarzyna': 'Kasia', 'Agnieszka': 'Aga', 'Abdirahman': 'Abdi', 'Harpreet': 'Harry',
        'Olusegun': 'Segun', 'Funmilayo': 'Funmi', 'Gillian': 'Gill', 'Trevor': 'Trev', 'Callum': 'Cal',
        'Nathan': 'Nate', 'Maureen': 'Mo', 'Tracey': 'Trace', 'Rukhsana': 'Rukhi', 'Dwayne': 'Dee', 'Siobhan': 'Shiv',
        'Padraig': 'Paddy', 'Imran': 'Immy', 'Yetunde': 'Tunde', 'Keith': 'Keefy', 'Liam': 'Li'}

class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()
        self.new_doc()

    def new_doc(self):
        self.doc_first, self.doc_last = set(), set()

    def person(self, sex=None, culture=None):
        r = self.r
        for _ in range(200):
            c = culture or r.choice(list(POOLS))
            m, f, s = POOLS[c]
            sx = sex or r.choice('MF')
            first = r.choice(m if sx == 'M' else f)
            last = r.choice(s)
            if (first, last) not in self.used and first not in self.doc_first and last not in self.doc_last:
                self.used.add((first, last)); self.doc_first.add(first); self.doc_last.add(last)
                return {'first': first, 'last': last, 'full': f"{first} {last}", 'sex': sx,
                        'title': ('Mr' if sx == 'M' else r.choice(['Mrs', 'Ms', 'Miss'])),
                        'nick': NICK.get(first), 'init': first[0] + last[0],
                        'initdot': f"{first[0]}.{last[0]}.", 'culture': c}
        raise RuntimeError

    def nhs(self, valid=True):
        r = self.r
        while True:
            d = [r.randint(0, 9) for _ in range(9)]
            if d[0] == 0:
                continue
            s = sum(x * (10 - i) for i, x in enumerate(d))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c == 10:
                continue
            if not valid:
                c = (c + 3) % 10
            return "".join(map(str, d + [c]))

    def nhs_fmt(self, style=None):
        n = self.nhs(valid=self.r.random() > 0.2)
        style = style or self.r.choice(['spaced', 'plain', 'dash'])
        if style == 'spaced':
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        if style == 'dash':
            return f"{n[:3]}-{n[3:6]}-{n[6:]}"
        return n

    def hosp(self):
        r = self.r
        k = r.randint(0, 5)
        if k == 0:
            return f"{r.choice('RJKMDT')}{r.choice('XHWL')}{r.randint(1000000, 9999999)}"
        if k == 1:
            return f"{r.randint(10000000, 99999999)}"
        if k == 2:
            return f"{r.choice('KMJ')}{r.randint(100000, 999999)}"
        if k == 3:
            return f"{r.choice(['RTH', 'LGI', 'NWP', 'QEU'])}-{r.randint(100000, 999999)}"
        if k == 4:
            return f"{r.randint(1000000, 9999999)}"
        return f"M{r.randint(10000000, 99999999)}"

    def phone(self, kind=None):
        r = self.r
        kind = kind or r.choice(['mob', 'land', 'lon'])
        if kind == 'mob':
            return f"07700 900{r.randint(0, 999):03d}"
        if kind == 'land':
            return f"01632 960{r.randint(0, 999):03d}"
        return f"020 7946 0{r.randint(0, 999):03d}"

    def postcode(self):
        r = self.r
        area = r.choice(['LS', 'M', 'BD', 'B', 'NG', 'CF', 'G', 'EH', 'SE', 'N', 'L', 'S', 'HU', 'PR', 'DE', 'LE'])
        return f"{area}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"

    def street(self):
        r = self.r
        return f"{r.randint(2, 188)} {r.choice(['Harehills', 'Moorland', 'Bramley', 'Cranbrook', 'Albion', 'Sefton', 'Lyndhurst', 'Ivy Bank', 'Kestrel', 'Ashgrove', 'Beech', 'Clarendon', 'Weaver', 'Saxon', 'Tudor', 'Rosebery'])} {r.choice(['Road', 'Street', 'Avenue', 'Close', 'Grove', 'Terrace', 'Crescent', 'Lane', 'Way'])}"

    def town(self):
        return self.r.choice(['Garforth', 'Rochdale', 'Keighley', 'Sutton Coldfield', 'Beeston', 'Caerphilly', 'Paisley',
                              'Musselburgh', 'Bermondsey', 'Tottenham', 'Bootle', 'Rotherham', 'Hessle', 'Chorley',
                              'Ilkeston', 'Wigston', 'Morley', 'Heywood', 'Pudsey', 'Ossett'])

    def dob(self, lo=1930, hi=2005):
        r = self.r
        return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(lo, hi)}"

    def date(self, y0=2020, y1=2025):
        r = self.r
        return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(y0, y1)}"

    def gmc(self):
        return str(self.r.randint(4000000, 7999999))

    def ref(self, prefix):
        return f"{prefix}{self.r.randint(1000, 99999)}"
