#!/usr/bin/env python3
"""Writes common-passwords.txt, the deny-list PasswordPolicy checks new passwords against (an embedded resource).

Nothing is downloaded: the list is made here from (1) the passwords that every published breach study of the last
fifteen years puts at the top (123456, password, qwerty, iloveyou, football, monkey, dragon ...), written out from
that public knowledge; (2) common first names, football clubs, places and words people use, including words of this
product's own field (council, socialcare, children, joinedup); and (3) the patterns people build on them: a word
followed by digits, years or a symbol, doubled words, keyboard walks and runs of digits. Entries are lower case; the
policy compares case-insensitively, also after undoing common substitutions (@ for a, 0 for o, ...) and after
stripping leading and trailing digits and symbols. Run: python3 make-common-passwords.py > common-passwords.txt
"""

TOP = """
123456 password 123456789 12345678 12345 qwerty 1234567 111111 1234567890 123123 abc123 1234 password1 iloveyou
1q2w3e4r 000000 qwerty123 zaq12wsx dragon sunshine princess letmein 654321 monkey 27653 1qaz2wsx 123321 qwertyuiop
superman asdfghjkl trustno1 welcome football baseball master shadow michael jennifer 666666 jordan23 harley hunter
ranger buster soccer batman andrew tigger charlie robert thomas hockey daniel starwars klaster george computer
michelle jessica pepper 1111 zxcvbnm 555555 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess1
joshua cheese amanda summer love ashley 6969 nicole chelsea biteme matthew access yankees 987654321 dallas austin
thunder taylor matrix mustang mercedes william corvette hello martin heather secret fucker merlin diamond 1234qwer
gfhjkm hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5 patrick internet scooter orange 11111
golfer cookie richard samantha bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro
peanut morgan welcome1 falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles
melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog qwer1234
compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money cowboys 987654 london tennis 999999
ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha chester mother forever johnny edward 333333 oliver
redsox player nikita knight fender barney midnight please brandy chicago badboy slayer rangers charles angel flower
bigdaddy rabbit wizard bigdick jasper enter rachel chris 7777777 winter 1qazxsw2 jackie shannon lucky sophie pokemon
blessed loveme liverpool qazwsx 1q2w3e 1q2w3e4r5t password123 passw0rd p@ssw0rd p@ssword pa55word admin admin123
administrator root toor changeme changeit default guest user login logon letmein1 welcome123 secret123 test123
testing demo demo123 temp temp123 temporary newpassword mypassword yourpassword nopassword password! password12
password1234 password12345 passwort motdepasse contrasena iloveyou1 iloveu iloveyou2 ilovegod ilovejesus lovely
loveyou babygirl baby angel1 angels jesus jesus1 christ god godisgood blessing faith hope trinity heaven hello123
hellokitty kitty cat cats dog dogs puppy puppies doggy horse horses tiger lion eagle bear bears wolf fox shark
dolphin butterfly flower flowers rose roses daisy lily sunflower rainbow unicorn dragon1 dragons pokemon1 pikachu
naruto sasuke goku dragonball onepiece minecraft fortnite roblox zelda mario luigi sonic halo xbox playstation ps4
nintendo gamer gaming legend legends warrior ninja samurai pirate killer assassin sniper soldier hunter1 zombie
batman1 superman1 spiderman ironman hulk thor avengers marvel starwars1 yoda jedi skywalker vader matrix1 neo
harrypotter hogwarts gandalf frodo hobbit sherlock doctorwho tardis dalek friends simpsons homer bart spongebob
qwerty1 qwerty12 qwerty1234 qwertyu qwertyui qwe123 qweasd qweasdzxc asdf asdf1234 asdfgh asdfghjk zxcv zxcvb
zxcvbn 1qaz 2wsx 3edc qazwsxedc 1qaz2wsx3edc zaq1zaq1 zaq1xsw2 !qaz2wsx q2w3e4r5 1q2w3e4r5t6y 1q2w3e4r5t6y7u
qwertyuiop123 asdfghjkl123 azerty azerty123 qwertz qwertz123 abcd1234 abcdef abcdefg abcdefgh abc12345 a123456
aa123456 a1b2c3 a1b2c3d4 abcabc 112233 121212 123qwe 123abc 1234abcd 147258369 159357 147258 741852963 963852741
789456123 123456a 123456q 123456qwerty 1qw23e 11223344 12341234 123454321 1234554321 12344321 0123456789 9876543210
101010 112358 007007 696969 696969696969 420420 80085 31415926 3141592653 271828 142857 2468 13579 246810 1357911
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december spring summer autumn fall winter christmas xmas easter halloween valentine
birthday holiday weekend morning evening tonight today tomorrow yesterday
england london manchester liverpool chelsea arsenal everton tottenham spurs newcastle leeds leicester villa
astonvilla westham wolves sunderland celtic rangers scotland wales ireland britain unitedkingdom englandfc
manutd manunited manchesterunited mancity barcelona realmadrid juventus milan bayern football1 soccer1 rugby
cricket tennis1 golf boxing snooker darts arsenal1 chelsea1 liverpool1 liverpoolfc lfc mufc cfc afc thfc
america usa canada australia brazil mexico france germany spain italy india china japan russia africa europe
newyork paris berlin madrid rome dublin edinburgh glasgow cardiff belfast birmingham bristol sheffield nottingham
croydon barnet camden hackney islington lambeth southwark westminster greenwich lewisham bromley ealing brent
council socialcare children childrens family families school schools teacher student college university
nhs hospital doctor nurse health care carer social worker socialworker joinedup region regional office work
company business manager director admin1 support helpdesk service system server network database backup
security secure safety private public access1 account accounts finance payroll office365 microsoft windows
windows10 windows11 google gmail yahoo hotmail outlook facebook twitter instagram linkedin youtube netflix amazon
apple iphone android samsung1 nokia sony dell lenovo linux ubuntu oracle cisco vmware
love123 lover lovers loving sweet sweety sweetie sweetheart honey darling babe baby123 cutie cute pretty beautiful
princesa prince king queen royal lady sexy hottie hotstuff sexy123 kisses kiss hugs smile happy happy123 crazy
fun funny magic magical dream dreamer dreams star stars starlight moon moonlight sun sunny sunshine1 sky skyline
ocean sea beach island summer1 water fire earth air storm thunder1 lightning shadow1 dark darkness light black
white red blue green yellow1 orange1 purple1 pink silver1 gold golden diamond1 crystal pearl ruby emerald
music guitar1 piano rock rocknroll metal punk jazz blues hiphop dance dancer singer song
money1 cash rich millionaire dollar pound euro bitcoin crypto lucky1 lucky7 winner champion number1 nothing
something everything whatever1 secret1 hidden mystery unknown anonymous nobody someone
computer1 internet1 password2 password3 passpass pass123 pass1234 passwd pwd123 mypass letmein123 openup opensesame
michael1 jennifer1 jordan jessica1 ashley1 amanda1 daniel1 joshua1 matthew1 andrew1 anthony1 david james john
robert1 william1 richard1 thomas1 charles1 christopher chris1 mark paul steven kevin brian george1 edward1 ronald
timothy jason jeffrey ryan jacob gary nicholas eric stephen jonathan larry justin1 scott brandon1 frank benjamin
gregory samuel raymond patrick1 alexander jack dennis jerry tyler aaron jose henry adam douglas nathan peter
zachary kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin1 noah lawrence
jesse joe bryan billy jordan1 albert dylan bruce willie gabriel alan juan logan wayne ralph roy eugene randy
vincent russell louis philip bobby johnny1 bradley mary patricia linda barbara elizabeth jennifer2 maria susan
margaret dorothy lisa nancy karen betty helen sandra donna carol ruth sharon michelle1 laura sarah kimberly
deborah jessica2 shirley cynthia angela melissa1 brenda amy anna rebecca virginia kathleen pamela martha debra
amanda2 stephanie carolyn christine marie janet catherine frances ann joyce diane alice julie heather1 teresa
doris gloria evelyn jean cheryl mildred katherine joan ashley2 judith rose1 janice kelly nicole1 judy christina
kathy theresa beverly denise tammy irene jane lori rachel1 marilyn andrea1 kathryn louise sara anne jacqueline
wanda bonnie julia ruby1 lois tina phyllis norma paula diana annie lillian emily robin peggy crystal1 gladys
rita dawn connie florence tracy edna tiffany carmen rosa cindy grace wendy victoria edith kim sherry sylvia
josephine thelma shannon1 sheila ethel ellen elaine marjorie carrie charlotte monica esther pauline emma juanita
anita rhonda hazel amber eva debbie april leslie clara lucille jamie joanne eleanor valerie danielle megan alicia
suzanne michele gail bertha darlene veronica jill erin geraldine lauren cathy joann lorraine lynn sally regina
erica beatrice dolores bernice audrey yvonne annette june samantha1 marion dana stacy ana renee ida vivian
roberta holly brittany melanie loretta yolanda jeanette laurie katie kristen vanessa alma sue elsie beth jeanne
olivia amelia isla ava mia isabella sophia grace1 lily1 freya ella poppy evie chloe sophie1 jessica3 daisy1
harry oliver1 jack1 charlie1 george2 jacob1 alfie freddie oscar leo archie joshua2 james1 william2 henry1 thomas2
muhammad mohammed ahmed ali omar fatima aisha priya raj singh kumar patel khan hussain
buddy max bella lucy molly sadie rocky bear1 duke toby jake cooper riley zoe coco lola ruby2 rosie milo teddy
bentley tucker murphy bandit shadow2 misty smokey1 gizmo oreo pepper1 ginger1 muffin cookie1 biscuit peaches
chocolate vanilla caramel candy sugar cupcake pancake butter cheese1 pizza burger chips bacon coffee1 tea beer
vodka whisky whiskey wine guinness
batman123 superman123 princess123 dragon123 monkey123 football123 baseball123 shadow123 master123 michael123
liverpool123 chelsea123 arsenal123 qwerty12345 qwerty123456 qwertyuiop1 asdfghjkl1 zxcvbnm1 zxcvbnm123
"""

SUFFIXES = ["", "1", "2", "12", "123", "1234", "12345", "123456", "!", "1!", "12!", "123!", "!!", "01", "11", "13",
            "21", "22", "23", "69", "77", "99", "007", "100", "321", "4321", "@123", "#1", "*", ".", "?", "$",
            "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027", "1!!", "0", "00", "000", "111", "1111"]
YEAR_SUFFIXES = [str(y) for y in range(1950, 2031)]
PREFIXES = ["", "my", "the", "ilove"]


def words():
    seen = []
    for w in TOP.split():
        if w not in seen:
            seen.append(w)
    return seen


def out():
    found = set()
    base = words()
    for w in base:
        for s in SUFFIXES:
            found.add(w + s)
        if w.isalpha():
            if w in base[:250]:
                for s in YEAR_SUFFIXES:
                    found.add(w + s)
            for p in PREFIXES[1:]:
                found.add(p + w)
                found.add(p + w + "1")
                found.add(p + w + "123")
            found.add(w + w)
            found.add(w + w + "1")
            found.add(w[::-1])
    rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "qazwsxedcrfvtgbyhnujmikolp", "1qaz2wsx3edc4rfv5tgb6yhn"]
    for r in rows:
        for n in range(4, len(r) + 1):
            found.add(r[:n])
            found.add(r[:n] + r[:n])
    digits = "01234567890123456789"
    for start in range(10):
        for n in range(4, 17):
            found.add(digits[start:start + n])
            found.add(digits[start:start + n][::-1])
    for c in "abcdefghijklmnopqrstuvwxyz0123456789!":
        for n in range(4, 21):
            found.add(c * n)
    for a in range(10):
        for b in range(10):
            for n in range(2, 9):
                found.add((str(a) + str(b)) * n)
    for w in base[:120]:
        for x in base[:40]:
            if w.isalpha() and x.isalpha() and w != x:
                found.add(w + x)
    return sorted(e for e in found if len(e) >= 4)


if __name__ == "__main__":
    for entry in out():
        print(entry)
