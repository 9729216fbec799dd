"""Blind sets that do not yet meet the targets: their figures may not fall.

``data/open/`` holds sets written blind (before any run) whose reading is
still below the targets of ``test_handwritten_sets.py`` (0.97 per label, 0.99
on pairs). They stay here, measured, instead of being trimmed to pass: each
floor is the figure measured when the gap was last narrowed, and README says
what is left.

romance_domains_blind.jsonl: es, it and pt instructions in six service
domains. Arrival: informal es 0.875, it 0.75, pt 0.825. What is left: Italian
-are verbs whose tu indicative is also the Lei subjunctive (la trovi, paghi),
imperatives before a preposition (torna in ambulatorio: nouns take one too),
and every Portuguese tu imperative, which is also the third person that
addresses o senhor (percebe o que digo), so it is not read at all.

Four sets of fresh text, 20 to 40 rows per language, written by reviewers
who had not read the rules, and measured once on arrival (session 11):
xformal_style_blind (GYAFC/XFORMAL-style forum posts and chat in en, de, fr,
es, it, pt, nl, ru; arrival 0.88, informal 0.75), asia_hi_id_blind (ja, ko,
zh, th, vi, id, hi; 0.93), fifteen_locales_blind (bot messages, workplace,
posts, dialogue, notices; 0.90) and fifteen_locales_blind2 (subtitles,
e-mail, tweets, forums, recipes, apologies; 0.92, written after most of that
session's rules); a fifth, fifteen_locales_blind3 (reviews, chat, complaints,
interviews, a doctor's visit, sports, invitations; 0.87, written last), is the
most independent. Rules were then added for some of what they missed, so
their figures now are optimistic. What is left is mostly informal text that
says so only through everyday words (der Hammer, una pasada, massa, огонь,
एकदम), which the T/V languages, Hindi and Chinese read as the formal default,
and formal written Thai and Vietnamese without a listed written-register
word, which they read as casual.

Four more, session 12, each measured on arrival after the rules of the one
before: fifteen_locales_blind4 (marketplace, neighbours, school, gaming,
travel, landlords, declining; 0.927, informal 0.853), fifteen_locales_blind5
(congratulations, condolences, directions, bookings, lost items; 0.933,
informal 0.867), gyafc_xformal_style_blind (Yahoo Answers-style
entertainment and relationship answers against careful rewrites: en 60
pairs, fr, it, pt-BR 20 each; 0.800, informal 0.600: English informal
answers that are casual only in wording, and Brazilian você, which the pt
locale, European Portuguese, reads as the polite form) and
cocoa_style_blind (CoCoA-MT-style minimal-edit translations in its eight
languages; 0.9925). Some of the first three's misses were then fixed, so
their floors are in-sample. A last one, everyday_informal_blind (family
chat, fans, reactions, short texts in the T/V languages, hi and zh, most
informal rows addressing nobody), read 0.968 (informal 0.935) on arrival;
heart-eyed emoji and a few colloquial words then took it to 0.995.

Session 13: brazilian_european_pt_blind, 50 Brazilian Portuguese pairs (a
field ``variety`` says pt-BR) and 15 European ones as a control, in twelve
domains, a third of the Brazilian informal rows casual only in phrasing. On
arrival: Brazilian formal 50/50, informal 30/50, pairs 39/50; European 29/30,
pairs 15/15. Then markers.varieties (a Brazilian cue mutes the rules that read
você as polite), calls of family and neighbours (Mãe, Pai, Ô vizinho) and the
tag está bem? took Brazilian informal to 36/50 (pairs 42/50), European
unchanged. What is left: informal text that addresses nobody or shows no
Brazilian cue (Você viu o jogo ontem?, which in Portugal is distant), and
the colloquial imperatives Paga a fatura, Não esquece, which are also
third-person statements. A second set, brazilian_european_pt_blind2 (30
Brazilian pairs in fourteen other domains, a third casual only in tone, and
10 European), written blind after all of that: Brazilian formal 29/30,
informal 23/30, pairs 27/30; European 19/20, pairs 10/10. Then halteres (a
noun after os, not a tu infinitive), Família, and miúda as calls, and the tag
…, viu? as a Brazilian cue: formal 30/30, informal 23/30 (halteres had read
one informal row right by mistake), pairs 29/30, European 20/20.

Session 14: workplace_host_tutoring_blind, 8 pairs in each of the 15 locales
(workplace chat to a manager or a colleague, holiday-rental hosts to guests,
tutors to parents or teenagers), written blind: 0.975 on arrival (formal
120/120, informal 114/120). Then an emoji ends a clause as a full stop does
(💪 fais les exos), a greeting without its Good (morning!) and a call by 小
and a surname (小李！; 小雨！ is also the weather, so the set's 小雨！ is
left): informal 117/120. Session 15: a tú/tu imperative closing a message
after "any problem" (cualquier cosa, avisa; qualquer coisa diz), which is
also the third person elsewhere, is read in that construction: 119/120.

team_gaming_flatshare_blind, 10 pairs in each of hi, it, pt, es, nl, de, fr,
ru (sports teams, gaming, dating, flatmates, neighbours' groups), six of the
ten informal rows in each addressing nobody: 0.944 on arrival (formal
80/80, informal 71/80). Then English chat abbreviations in any language
(pls, thx), malta and galera hailing a group without a comma, EP chat
spelling (tou, tás), money in paus, भाई लोग as a call, and no formal le after
quién (¿a quién le toca?): informal 76/80. Left: a call with no comma after
it (भाई लोग कल…, zio), which is also how a text names people; भाई or यार
opening a message (भाई आज रात…?) reads as a call since session 15: 77/80.

Session 15, two sets written blind in all 15 locales. speech_acts_blind
(condolences, apologies, complaints, marketplace messages, elderly relatives
and in-laws, invitations; 6 pairs each): 0.983 on arrival (formal 90/90,
informal 87/90). Then mega opening a German sentence (Mega ärgerlich, …),
Brazilian bora ("let's go"), and a tie between a level that only forms
showing nothing alone vote for (English contractions) and one a showing form
votes for (!!!) going to the latter: 90/90. long_messy_messages_blind (3–7 sentences with lists,
URLs, code, quotations in the other register and emoji, the level often
shown only at the end; 5 pairs each): 0.987 on arrival. Its two misses fixed:
TU in capitals (la TU Berlin) is an abbreviation, not tu; E aí opening a
message and roteador are Brazilian, so its você is the everyday one.

short_messages_blind (1–8 words: commands and quick questions to a bot or a
person, many with no pronoun; 8 pairs in each of the 15 locales): 0.904 on
arrival (formal 120/120, informal 97/120). Then Oye before ¿dónde está la
estación? (está with its subject after it is no usted question), Brazil's
Me manda (a clitic opening the imperative), Dis, as a call and où after its
verb (elle est où la gare ?), спасиб, अरे, and Chinese spoken clippings
(设个, 发我, 回头再说): informal 105/120. Left: Chinese commands with neither
你, a particle nor a clipping (把订单取消了。), which read as the polite
default; Indonesian dong and aja outvoted on a short text by the
learned vote, which STIF trained; Brazilian você with no cue (Você pode
repetir?); English "call mom" and "where's the station?", and thanks
formulas (Danke, das war's; Gracias, ya está), neutral in most registers.

voice_typed_blind (dictated or typed with no punctuation and no capitals,
6–25 words, fillers such as äh, tipo, えーと; 6 pairs in each of the 15
locales): 0.922 on arrival (formal 78/90, informal 88/90). German formal
rows written sie read as chat in small letters, all six: now sie after a
modal asking for something (können sie mir bitte), ihnen before a verb of
telling and wie geht es ihnen count as Sie in small letters: formal 84/90.
Left: Indonesian standard text without punctuation or capitals, which the
learned vote (trained on STIF, whose informal rows are such tweets) reads
as casual; English dictation (message to mr patel i wanted to let you
know...), whose small letters read as casual; Italian mi aiuti and
Brazilian você, as elsewhere.

Session 17, two sets written blind. code_switched_blind (one language
carrying the sentence, words or phrases of another in it: English tech and
work words in all fifteen, Japanese or Tagalog in English; 6 pairs each):
0.983 on arrival (formal 90/90, informal 87/90), and langdetect named the
language of 178/180 (two English rows with a Japanese or Tagalog phrase: id,
fr). Left: Italian Mi mandi…? (a tu question or the Lei imperative, see
it.morph_question_tu), Dutch "Check dit even" (the imperative is the same for
jij and u), and Russian Пришли апдейт (the ты imperative of прислать, and the
past plural of прийти, which the question reads as вы). no_diacritics_blind
(typed without accents or tone marks, sie for Sie, Russian in Latin letters;
de, fr, es, it, pt, nl, vi, ru, hi, 8 pairs each): 0.889 on arrival (formal
63/72, informal 65/72; languages detected 123/144): Vietnamese without tone
marks read 1/8 polite rows, Russian in Latin letters was detected as Slovak
or Slovene and read 1/8 informal rows, and an usted question without its ¿
and Italian puo' read as chat. Then vi.unaccented_polite (ạ typed a, dạ
typed da), ru's romanized words and ru.latin rules, usted questions without
¿ and puo' for può: 144/144, languages 137/144 (these figures in-sample).
no_diacritics_blind2, written blind after that (Vietnamese without tone marks
and Russian in Latin letters, 15 pairs each; es, it, pt without accents, 6
each): 92/96 on arrival, languages named 72/96 (vi 20/30, ru 20/30). Then
Vietnamese told by its unaccented words (khong, duoc: detect.romanized in
vi.yaml), more Russian words and imperatives typed with j for й, and ạ typed
a before a comma: 95/96, languages 91/96 (in-sample). Left: an usted
statement without a pronoun (quisiera saber si tiene…), read as chat by its
missing accents, and translit with too few listed words (Zdaro, ya u
pod'ezda) or a misspelt verb (podskazhete).
regional_varieties_blind (Kansai and Hakata Japanese, Gyeongsang and Jeolla
Korean, Taiwan and Hong Kong Chinese, Northern and Isan Thai, Southern
Vietnamese, Jakarta and Sundanese Indonesian, Mumbai Hindi, Indian,
Singapore and Irish English, Austrian and Swiss German, Quebec and Belgian
French, Rioplatense and Mexican Spanish, Roman and Neapolitan Italian,
Porto and Angolan Portuguese, Flemish and Surinamese Dutch; 6 pairs each):
0.917 on arrival (formal 88/90, informal 77/90), languages 179/180. Northern
Thai's polite เจ้า read as the casual จ้า it ends with; regional slang
(Oida, daje, lah, mattie, шо, atuh) was unknown. Then th.northern_polite,
those words, and l'invito as a noun (mo' mando l'invito read as La + a
verb): 179/180. Left: Singlish "this one still got stock or not ah?", casual
only in its grammar.

Session 18, five sets written blind. english_formality_blind: 50
GYAFC-style pairs (Yahoo Answers entertainment and family answers against
careful rewrites, a third of the informal rows informal only in wording) and
20 service pairs whose formal member is neutral. On arrival formal 70/70,
informal 37/70. Rules drawn from gyafc_xformal_style_blind's English misses
(a noun contracted before an adverb, everyone's so obsessed; pretty good;
the new stuff; Honestly I…; stressed out, hang out; your mom), written
before this set was read, took it to 42/70 (gyafc's English, in-sample:
39/60 to 49/60). Then sentences that drop their subject (Sent you an
invite., Can't check in till 3) and That okay?: 50/70, in-sample. These
rules show no level alone, so a reply is never retried for them, and
english_neutral_blind (formal_only/, 100 friendly service messages) reads
90/100 formal before and after them. Left: English informal only in idiom
(Give it a shot, come around, ask her out, kids get through it).
public_services_blind (clinics, pharmacies, town halls, police, schools,
universities, elderly care, lawyers, transport, libraries; 6 pairs in each
of the 15 locales): 0.972 on arrival (formal 90/90, informal 85/90),
languages 179/180 (Russian without ы, э or ё taken for Ukrainian; with the
persona's locales given it is Russian). Then Vietnamese Cháu ơi / Con ơi / Em
ơi (calling a junior), and Hindi infinitive requests before a comma and
with मत after them (लेना, भूलना मत): 178/180. Left: टिकट दिखा (the तू
imperative of दिखाना is also the past of दिखना) and Italian Mi passi…?
third_party_reported_blind (honorifics about a third person, and quotations
in the other register, in a message whose own register to its reader is the
label; 6 pairs each): 0.972 on arrival (formal 89/90, informal 86/90).
Japanese sonkeigo about おばあちゃん or a professor in casual speech read as
honorific: kin words and ちゃん/君 now name a person, and 教授がさ、 (an
interjection after が) no longer cuts the sentence off from its subject.
Thai คุณแม่ท่าน… is the mother spoken of, not the listener, and แก before นะ
is "you". An English notice that quotes "lowkey fire" read casual: Dear
Parents, opening a letter, and We are pleased to announce now read formal.
180/180 (in-sample). assistant_replies_blind (chatbot replies in markdown:
headings, lists, tables, code, links, emoji; 6 pairs each): 0.983 on
arrival (formal 90/90, informal 87/90); Basically, opening a sentence then
reads casual: 178/180. Left: English "Pop open Settings… Still broken?
Just ping me and we'll sort it out 👍", casual only in idiom, and the
Italian "Non aggiungere la panna", a tu imperative that is also how signs
and recipes instruct everyone.
roleplay_replies_blind (character replies as character cards produce them:
*narration* in asterisks or underscores, name labels, quoted speech; a
butler, a clerk or a knight against a friend, a sibling or a rival; 6 pairs
in each of the 15 locales): 0.839 on arrival (formal 72/90, informal 79/90).
The narration's written style was read as the speaker's (Korean 숙인다 read
nothing, Thai without ครับ read casual) and the speech, in quotes, was set
aside as someone else's. Now role-play narration is blanked and the quoted
speech read as the speaker's own (detect/register/roleplay.py), also by the
reply guard; and Hindi रह and किया कर read as तू imperatives: 179/180.
Left: Vietnamese "Đi sau anh nè" from an elder brother, whose anh is himself.
social_dialogue_blind (open-domain chat turns in the style of DailyDialog,
LCCC, Toloka and Pantip, against the same turn said to a stranger; en, zh,
ru, th, ko, ja, vi, id, 12 pairs each, a third of the informal rows casual
only in phrasing): 0.943 on arrival (formal 96/96, informal 85/96),
languages 190/192. Then English questions that drop their subject (Tried
the new ramen place yet? Been to Lisbon?), freakin' and a closing ", man.",
and Russian Давно её завёл? (an object before the past verb): 185/192.
Left: Chinese complaints casual only in phrasing (论文还没写完，头疼。),
Indonesian chat without a slang word, which the learned vote reads as
standard, and "Catch the game last night?".
youth_slang_blind (2023–2026 youth and internet slang against the same
message said politely, a third of the informal rows with one slang word and
most addressing nobody; 6 pairs each): 0.911 on arrival (formal 90/90,
informal 74/90), languages 170/180 (short chat in small letters taken for
Afrikaans, Catalan or Italian). Then English loans in any language (cringe,
bro, no cap, lowkey: chat.loan_slang), 破防了, emo了 and 到不行, बवाल, Ehrenmann
and komplett lost, qué bajón and random, gasatissimo and è top, o meu cota and
à brava: 176/180. Left: words that are slang only in context (das Konzert war
wild, foi brutal, aura, कतई, which careful Hindi writes in कतई नहीं).
quoted_threads_blind (replies quoting, in the other register, the mail,
forum post or chat message they answer: > lines, On … wrote:,
-----Original Message-----, Von:/Gesendet:/An:/Betreff:, [quote], Quote from
…:, a chat app's ↪; 6 pairs in each of the 15 locales): 0.722 on arrival
(formal 78/90, informal 52/90): the quoted message was read as the writer's.
Now it is blanked (detect/register/threads.py, with each locale's
quote_intros and mail_headers), for the language too: 178/180. Left: Spanish
and Portuguese "cruza los dedos por mí", a tú imperative that is also the
third person.
learner_text_blind (messages by A2–B1 learners of each language, with their
mistakes: missing accents, wrong agreement and conjugation, English word
order; the register they intend; 6 pairs in each of the 15 locales): 0.983
on arrival (formal 89/90, informal 88/90). Then Indonesian Pak and Bu called
out (Maaf Pak, …): 178/180. Left: Chinese casual only in phrasing
(我们去别的商店看看吗？), and Indonesian kamu … aku … dong outvoted by standard
words: a rule for kamu and aku reads it, but retraining the learned vote
with it (the shipped model must be what the rules train) turns another
casual row (Jangan ngerokok di sini dong.) standard.
code_logs_blind (developers' messages around pasted code, tracebacks,
compiler errors, shell sessions, configs and logs, often longer than the
prose; 5 pairs in each of the 15 locales): 0.947 on arrival (formal 73/75,
informal 69/75), languages 61/150: the English a program prints outvoted the
writer's sentence. Code is now set aside (chatbot/detect/code.py): 145/150,
languages 145/150. Left: curl's and Gradle's * lines, which look like a
Markdown list, Vietnamese ông between friends, and messages that address
nobody (Настроил nginx вот так…).
metalinguistic_blind (learners asking about politeness forms, naming forms
of both registers as words, quoted or not: Mi spieghi quando si usa il Lei?,
Как правильно: на ты или на вы?, 「です」と「だ」の違い; 6 pairs in each of the
15 locales): 0.922 on arrival (formal 88/90, informal 78/90). Then
markers.mentions: a pronoun right after an article or a preposition that
names it (il Lei, dare del tu, на вы, per du, passer au tu, el usted) is a
word named, not an address: 171/180. Left: Mi spieghi…? and Me explicas
cuándo se usa usted (the verb before the pronoun is also an inversion that
addresses: ¿Usa usted tarjeta?), quotations as long as the question around
them, and Thai ครับ กับ ค่ะ named unquoted.
social_posts_blind (posts and replies with @handles, #hashtags, links, RT
and thread counters; brand and official accounts against friends and fans,
handles and hashtags often in the other register: @du_bist_toll,
#감사합니다 under a casual post; 6 pairs in each of the 15 locales): 0.878 on
arrival (formal 87/90, informal 71/90). Then links, e-mail addresses,
handles and hashtags are set aside as tags that address no one
(chatbot/detect/code.py), and a bracketed label ([Pengumuman]) is no log
tag: 175/180. Left: tú imperatives that are also the third person (Prueba
esta app, Experimenta esta app, vai cedo e tem cuidado) and Dutch ones.
Session 19, four more, 6 pairs in each of the 15 locales, written blind:
app_strings_blind (onboarding, notifications, errors, empty states,
cookie banners, password mails: a brand's du or Sie, tu or vous in a short
string): 175/180 on arrival, the misses English casual only in playful
wording (Oops!, Happens to the best of us.), a du imperative with es
cliticised (Versuch's nochmal!) and सोच लो एक बार; 179/180 after.
group_address_blind
(a teacher, host, coach, landlord or friend speaking to a group): 172/180
on arrival; French and Russian informal rows were read formal because vous
and вы are also the plural of tu and ты (Salut tout le monde ! Installez-vous,
Ребят, скиньте плиз). A rule may now mute others (Rule.mutes): a group
hailed as friends (les gars, Hello l'équipe, ребята, Всем привет) mutes the
vous and вы rules: 178/180. family_elders_blind (children to parents and
grandparents, in-laws, kin words to neighbours and shopkeepers: con … ạ,
아저씨, आप to पापा, du to Mama): 179/180 on arrival, after the fixes above;
then a bare name called with ơi (Tí ơi) is a junior called: 180/180.
emotion_register_blind (angry, cold or sarcastic messages in the formal
register against warm ones in the informal): 177/180 on arrival, after the
fixes above; then vocês is no longer read as polite (it is the plural of tu
in Portugal too; the polite plural is os senhores), valeu is Brazilian, and
a Hindi infinitive request may end with बस or an emoji: 180/180. Left:
Ragazzi del terzo piano, … portate (a voi imperative), English casual only
in idiom (let's get rolling, you crushed it), and Dutch that detect(),
unrestricted, takes for Afrikaans (Log in met uw DigiD), which a persona's
locales settle. Two more after those fixes: subtitle_lines_blind (film and
TV lines and Tatoeba-style pairs, 3 to 15 words, most informal only through
grammar): 173/180 on arrival, languages 165/180; then डरो मत (an imperative
before a closing मत), what're and Mind if I…? as weak English cues, and a
short text's language told by its letters and common words where
langdetect names another of ours (¿Qué quieres tomar? is not French):
176/180, languages 168/180. Left: Indonesian kamu and aku (STIF's formal
rows keep them more often than its informal ones), Larga a arma (a tu
imperative that is also the third person) and Sorry I'm late. And
health_law_money_blind (clinics, pharmacists, insurers, tax offices,
lawyers, debt collectors against the same topics among friends, with
doses, amounts, § and Art. in both): 178/180 on arrival; then SPT, the
Indonesian tax return, is no chat abbreviation (spt, seperti, is; they are
read in small letters or capitalised only) and tho, rn and ppl are English
texting spellings: 180/180. Last, social_formulas_blind (greetings,
thanks, apologies, farewells and wishes of 1 to 8 words, only those whose
register shows) and bot_small_talk_blind (what users type to a chatbot
when not asking a task: its name, whether it is human, jokes, complaints,
praise, goodbyes): 175/180 and 179/180 on arrival, languages 170 and 169
(short lines langdetect names a neighbour for, unrestricted). Then a call
by an endearment or a group in Dutch (lieverd, schat, jongens), Пока, до
завтра!, ¿cómo andas? and qué onda: 179/180 each. Left: あけおめ！ことよろ
(net slang UniDic splits into other words) and rispondimi (a tu imperative
with its pronoun attached, which -ami/-imi nouns make hard to list).

Session 20, three more lenses, 6 pairs in each of the 15 locales, each
measured on arrival: tense_mood_blind (the register carried by the past,
future, conditional, subjunctive and negative imperatives, a third of the
pairs without a subject pronoun): 177/180, languages 177/180;
complaints_blind (angry, sarcastic or apologetic messages, formal insults
and calm informal apologies, with order numbers, amounts and URLs):
176/180, languages 179/180; and hobby_howto_blind (recipes, bike repair,
chess, aquariums: instructions whose register lives in the imperative),
written after the first two's fixes: 171/180. What they prompted: a call
by Cara, or Mano, mutes the polite você rules (the você of friends);
more Portuguese tu forms (mandas, gostes, fiques; not the nouns passas,
compras, escolhas); Relaxa, and …, beleza? as Portuguese tu and Brazilian
cues; Tranquillo per ieri; English like before an amount, trust me, …,
ok? and the filler , like, ; any Hindi verb in -ाओ (चलाओ); German zieh,
nimm, gib opening a clause and an -ieren imperative after und (und
rochier); and more Dutch and Indonesian common words for telling a short
text's language (zou, kunnen, met; nggak, udah, besok): 179, 179 and
177/180, languages 179, 179 and 180. Left: Indonesian kamu (as above),
Honestly just swap… (English casual only in tone) and Brazilian você with
no cue but …, viu?. Then questions_blind (yes/no, wh-, tag, indirect and
two-word questions, half without a subject pronoun): 175/180, languages
173/180 on arrival; with dá pra as a Brazilian cue and more common words
for Spanish, Italian, Portuguese, Dutch and Russian (tiene, vieni, hoje,
kunt, где, извините; not por favor, which Portuguese shares, nor hai, Roman
Hindi's), 176/180 and 180/180. Left: English questions that drop their
subject (Coming tonight?, Mind looking over this?), which service copy
writes too (Need help?), so they show nothing alone. Three more, 6 pairs
in each locale: marketplace_blind (second-hand sales, haggling, pickups,
neighbours, tenants and landlords), ceremonies_blind (invitations,
congratulations, condolences, thanks for gifts, RSVPs) and opinions_blind
(reviews, advice, agreeing and disagreeing): 179, 176 and 177/180 on
arrival, languages 180, 180 and 176. They prompted cuenta conmigo and conta
comigo as tú/tu imperatives opening a clause (cuente, conte comigo to
usted), ihr zwei / ihr Lieben as a call to friends together, Pô, opening a
Brazilian message (which mutes the polite você rules, as Cara, does), hein
as Portuguese chat, a तू imperative before एक बार (सोच ले एक बार), and more
common words for a short text's language (hast, bist; вами, согласен;
Roman Hindi ekdum, bekaar): 179/180 each, languages 180, 180, 178.
Left: Me lo lasci a 70? (lasci is also the Lei subjunctive), Assiste esse
filme (the Brazilian imperative is also the third person), Brazilian você
with only …, hein, Da hast du voll recht (du is French too) and a
12-word Dutch sentence langdetect takes for Afrikaans. Then food_blind
(orders, reservations, delivery complaints, recipes swapped, the bill) and
travel_blind (directions, bookings, lost luggage, taxis, hotels), written
after those fixes: 179 and 175/180 on arrival, languages 179 and 176. They
prompted more verbs that ask ihr (Nehmt ihr auch Karte?), Halt mal opening
a sentence, the Brazilian hail Ô, beside você, and a third-person question
beside a friend's call (Mano, sabe onde eu reclamo isso?: the você of
friends, so the call now mutes the polite question rules too): 180 and
178/180. Left: दिखा ज़रा (also "appeared"), "here! outside T2 door 5"
(nothing shows), and texts of nine words or more that langdetect gives to
Tagalog, Catalan, Spanish or Afrikaans, where common words do not overrule
it. Four more, written after that: education_blind (parents and teachers,
students and professors, enrolment, class chats), sports_blind (gyms,
trainers, team mates, fans, ticket offices), arts_blind (tickets, museums,
bands and fans, book clubs, streamers) and urgent_blind (accidents, a lost
child, a burst pipe, a doctor at night, messages written in a hurry):
176, 168, 177 and 178/180 on arrival, languages 180, 176, 179 and 178.
They prompted the ihr imperative where no ihr follows (Fangt ruhig ohne
mich an, Kommt mal mit: strong verbs whose du and er forms change the
vowel), German sorry and abgehauen as everyday speech, Italian un sacco
closing a clause, E aí and Foi mal opening a Brazilian message (and Cara,
or Mano, before sabe, me manda, pode, tem: calls that mute the polite você
rules), Indonesian Guys, opening a sentence, Сорян with a capital, โยคะ
("yoga"), which ends in the letters of the particle คะ, and letters such as
¿ deciding a text of up to 16 words where its common words bear them out
(¿Usted vio el partido anoche? Qué golazo el del final. is not Italian):
179, 175, 179 and 179/180, languages 180, 177, 179 and 178. Left: sorry
in Dutch (polite Dutch says it too), Lo siento, hoy no llego al entreno
(nothing marks it), Mi prenoti un posto? (a Lei imperative as often as a
tu question), Ainda tem ingresso pra final? (tem is also "there is"),
游泳课得自己带泳帽吗？ (得 "must" only in tone), बता देना प्लीज़, and
English that is casual only in its small letters and "super drowsy".
Four more, written after those fixes and asked to hold informal rows that
address nobody (a status update, a complaint, an exclamation):
home_blind (plumbers, cleaners, quotes, complaints about work done),
pets_blind (vets, dog sitters, shelters, lost-pet posts), community_blind
(volunteers, religious groups, residents' associations) and dating_blind
(dating apps, first dates, breakups, in-laws): 174, 170, 175 and 176/180 on
arrival, languages 178, 179, 178 and 178. They prompted everyday words of
complaint in the chat lists (la galère, un casino, roba da matti, que saco,
balen zeg, lekker dan, qué rollo, qué bronca, сдох, плиз), the Brazilian
imperative with me before it opening a clause (Se alguém ver, me avisa),
Cara, before alguém, and si ustedes, si esas, which are no tú verb after
si: 178, 176, 178 and 177/180. Left: qué desastre (said to anyone), Quer
que eu leve…? (a question in the polite third person, with only pra
against it), Кто видел — позвоните плиз (a plural вы to readers), formal
Vietnamese with no particle, English casual only in small letters or
"unreal", Dutch sorry, and balen alone (also "bales"). Then English whose
sentences all open in small letters, a name or an acronym inside aside
(sorry for calling so late. my kid's at 39.5, should I take her to the
ER?), read as chat typing (en.lowercase_sentences), which outweighs a
contraction: twelve English informal rows across the lenses came right, and
none went wrong; every English informal row of these eight lenses is now
read. Four more, written after all of that, again with informal rows that
address nobody: beauty_blind (salons, barbers, complaints about a haircut),
shopping_blind (orders, returns, deliveries, deals), office_blind (Slack and
Teams messages, sick days, IT requests) and kids_blind (babysitters,
kindergarten teachers, one's own children): 174, 172, 173 and 173/180 on
arrival, languages 177, 176, 178 and 178. They prompted more words of
complaint and slang (ätzend, bof, défoncé, la neta, está tirado, 'sti,
di brutto, Сорри, жесть; Ff, but not ff., which is "and following"), du
imperatives before unbedingt (Probier unbedingt…), Fala, and Eh, opening a
message (Brazilian and Indonesian greetings), and mấy bà, mấy ông closing
a Vietnamese question (friends called "you lot", not the respect of bà):
175, 178, 177 and 177/180. Left: tú and Lei imperatives with a clitic
(pruébalo, rimettilo, dagli: -a plus a clitic is also the usted form of an
-er verb, dígame, and dagli is also "from the"), Roman Hindi read as
formal with nothing to show (chalega kya?, bakwaas), and formal Vietnamese
with no particle. Then a Spanish imperative that carries a clitic needs no
word after it to be read (Cómelo.), since it bears the accent the clitic
adds, which the noun tomate does not (stressed_clitic_alone). Pruébalo
stays unread (prueba is listed as the noun "test"), and so does Italian
rimettilo: read so, Ordine (ordi + ne, of ordire) would be a verb too.
Six more, written after all of that, with informal rows that address nobody:
housing_blind (landlords, flatmates, neighbours, deposits), jobs_blind
(applications, recruiters, resignations), techsupport_blind (helpdesks,
printers, friends fixing gadgets), cars_blind (garages, fines, commuting),
money_blind (splitting bills, banks, insurers, prices) and news_blind
(weather, elections, forum and family-group talk): 175, 172, 177, 175, 174
and 175/180 on arrival, languages 171, 177, 178, 180, 178 and 177. They
prompted words of complaint and chat (zum Kotzen, Bude, Madre mía, Uf, che
schifo with its capital, siamo matti, tizio, se foutent de, echt balen,
Jeetje, Thnx, задолбался, глянуть), Dutch kut- compounds and a closing ,
man., Chinese 服了 and 绝了 said as a clause of their own (not 说服了,
拒绝了), Portugal's tu verb with its pronoun after a hyphen (emprestas-me),
the Brazilian tu imperative before aí (Tenta aí), and tiens read as the
first person it also is (Je tiens à vous informer, which had read as
familiar): 178, 179, 179, 178, 179 and 180/180. Left: Dutch sorry, a
dislocated object (l'offerta la rifiuto), Brazilian você with
nothing else to show, and a voi imperative, which is also the polite
plural (Venite con noi). Four more, written after all of that:
academia_blind (supervisors, lab mates, editors, study groups),
delivery_blind (couriers, parcels, movers), hospitality_blind (hotel and
restaurant staff among themselves and to guests) and outdoors_blind
(hiking, fishing and cycling clubs): 170, 175, 175 and 173/180 on arrival,
languages 176, 177, 174 and 177. They prompted a case-sensitive phrase in
small letters read with a capital opening a sentence (Che palle., Ça me
saoule grave), more words of complaint (j'hallucine, dans la mouise,
qué coraje, ni de broma, da schifo, Na toll, Pff, Balen, opening a
sentence), Brazilian pro for para o (not pro forma), Ei, and Foi mal pelo
opening a message, Cara, before consegue, Denkt bitte dran (the ihr
imperative) and Roman Hindi kar na closing a clause: 174, 180, 178 and
180/180. Left: Ainda tem vaga pro…? (tied with the question in the third
person), Dutch sorry, a voi question (Vi va di…?), Passa in ufficio (also
the third person), and Слушай, есть у вас…? to a restaurant, where вас is
its staff. Four more, written after all of that: festivals_blind (New
Year, Christmas, Eid, Diwali, Tet, Chuseok greetings and plans),
language_exchange_blind (language partners, tutors, classmates),
nightlife_blind (parties, bars, guest lists, noise) and fashion_blind
(boutiques, tailors, returns, outfits): 170, 174, 172 and 174/180 on
arrival, languages 177, 178, 179 and 176. They prompted words of chat and
complaint (c'est du vol, sérieux; qué locura, qué rabia, Porfa, giuro,
manco l'ombra, Mals, geil, der letzte Mist, bagger, тусовка, धमाल), nos
no longer read as a clitic before a tu verb (nos dias 1º e 2 is em + os: a
formal notice had read as familiar), Cara, before coloca, Foi mal o
atraso, bhai closing a phrase before ! (Eid Mubarak bhai!), and Roman
Hindi core words (raha, rahe, itne, baje: Tagalog and Somali to
langdetect): 176, 179, 179 and 179/180, languages 179, 179, 180 and 176.
Left: Brazilian você with pra alone, Dove passi…? (passi is also
"steps"), Mi correggi…?, Dutch sorry, and formal Vietnamese with no
particle. Four more, written after all of that: farming_blind (farmers,
cooperatives, livestock vets, market prices), influencers_blind (brand
deals, creators and fans, agencies), photography_blind (photographers and
clients, photo clubs) and crafts_blind (handmade shops, knitting and
pottery groups): 171, 174, 176 and 176/180 on arrival, languages 178, 179,
179 and 177. They prompted ¿Ustedes…? read as a tú verb in -es (a formal
question had read as familiar), more words of complaint and chat (morfler,
qué desastre, now in a third set, 'sto, schifosa, Vixe, Topa, top demais,
echt ärgerlich, Бесит, 太气人了), the hail Ó, opening a message, and more
common words for a short Russian or Roman Hindi text (будет, было; diye):
177, 175, 179 and 178/180, languages 179, 179, 179 and 178. Left: a PR
message that introduces itself in です and goes on casual, Agle mahine
collab karega kya? (also the third person), Váy này mua ở đâu vậy bà?
(bà is also respect), Mi mandi…? (also a Lei subjunctive), and formal
Vietnamese with no particle. Four more, written after all of that:
immigration_blind (visa offices, relocation agents, expat groups),
hospital_staff_blind (nurses and doctors among themselves, to patients and
relatives), tabletop_blind (game nights, RPG groups, game stores) and
fundraising_blind (charities, donors, crowdfunding): 176, 172, 176 and
173/180 on arrival, languages 180, 177, 179 and 179. They prompted more
words of complaint (qué asco, qué desesperación, hein, c'est abusé, fa
proprio schifo, niet te vreten, fällt flach, жрать, बंदा) and 郁闷 said as
a clause of its own, and more Roman Hindi core words (doston, bakwaas):
177, 178, 178 and 174/180, languages 180, 177, 180 and 180.
Left: ваша контора beside знаешь (вы is then the company), Ông ơi… sửa đi
chứ! (ông said rudely), Mi mandi…?, Dutch echt belachelijk, समझे? (also
said to आप), Indonesian Sebel banget (a word for the chat list, but
Indonesian's learned vote is trained on the rules' readings and would have
to be retrained), and formal Vietnamese with no particle. Four more,
written after all of that: insurance_blind (insurers, claims, brokers),
gym_coach_blind (trainers, yoga studios, gym friends),
legal_neighbours_blind (neighbours' disputes, lawyers' letters) and
school_chat_blind (parents' and students' group chats, teachers): 172,
175, 171 and 174/180 on arrival, languages 179, 178, 177 and 178. They
prompted more everyday words (voll die, Ich dreh durch, o cara, niks, je
suis mort, le bordel, c'était chaud, qué pesadilla, бухают, दिमाग खराब):
174, 176, 177 and 175/180. Left: du imperatives of weak verbs (Park bitte
nicht…), Mi mandi…? and Mi rifai…? (also Lei), Dutch sorry, Oi, before a
Brazilian question, ông and bà said rudely, and formal Vietnamese with no
particle. Six more, written after all of that: commute_blind (passengers,
transport notices, taxis, carpools), freelance_blind (quotes, invoices,
revisions), bookclub_blind (libraries, reading groups), elder_care_blind
(nursing homes, carers, grandchildren), music_blind (bands, venues, music
teachers) and weddings_blind (planners, caterers, guests): 174, 172, 174,
175, 175 and 173/180 on arrival, languages 176, 179, 178, 178, 179 and
179. Mi mandi…? came up in four of them, so it is now read: an -are verb
in -i after mi/ci/me lo in a question is the tu present (the Lei
imperative has no question mark); that brought in eleven rows of earlier
sets too. They also prompted the voseo present (dejás, salís, comés), the
hedge genre (vingt minutes genre), Dutch that drops its ik (Sorry, kan
vanavond niet) and closes on balen, Cara, before a Brazilian statement,
'sto, Задолбали, मज़ा आ गया, Duh and nambah; 请柬 (an invitation card) no
longer reads as 请 "please"; and, where langdetect names a language none
of the locales speaks, a text of up to sixteen words in our common words
(Sorry, ik bel je morgen pas na vijven terug: not Slovenian): 179, 175,
178, 176, 177 and 178/180, languages 178, 179, 180, 179, 180 and 180.
Left: dropped subjects elsewhere (Schon Feedback zum ersten Entwurf?,
сегодня внесу), voi, which is also the formal plural of business letters,
Oi, before a Brazilian question, T'as pris ton ticket? (English to
langdetect, with as), and formal Vietnamese with no particle. Six more,
written after all of that: civic_blind (town halls, councillors,
residents' chats), gardening_blind (allotments, garden centres,
landscapers), worship_blind (clergy, choirs, faith communities),
cinema_blind (film fans, box offices, streaming support), dental_blind
(receptionists, dentists, patients) and startups_blind (founders,
investors, team chats): 175, 177, 175, 170, 177 and 178/180 on arrival,
languages 179, 178, 179, 174, 175 and 178. They prompted Dutch sorry
(49 of 53 labelled Dutch messages that open with it are informal; the
other four say u), zeg as a tag (Wat een slecht einde zeg), the singular
past of thanks in -г (Спасибо, что помог), 死了 after a word of feeling
(臭死了), Cara, before suas, il caille, en rade, qué pesadez, Na
super, सॉरी; and, for language, a text of nine to sixteen words with none
of the common words of the language langdetect names is read by our
locales' words (Franchement, va voir ce film, il est trop beau: not
Dutch), with more common words (слушай, можешь, pelo, valeu, tout, bien,
ça, als, toch) and Roman Hindi core words (dekhne, chalenge, lagao):
178, 178, 178, 174, 177 and 179/180, languages 180, 179, 180, 178, 178
and 179. Left: Слушай beside у вас (вы is then the shop), ne dropped
after vous to a group (soyez pas en retard), a bare Hindi imperative
(मुँह खोल।), kamu, ông said rudely, and formal Vietnamese with no
particle. Limburgish that says ich and mich (Zeg mer gewoon doe tegen
mich, ich bin Sjeng) now reads as German. Six more, written after all of
that: airlines_blind (airline support, cabin crew, lost bags),
pharmacy_blind (pharmacists, prescriptions, remedies), trades_blind
(plumbers, electricians, builders), streaming_blind (streamers, viewers,
moderators), tourism_blind (guides, museum staff, tourist offices) and
volunteering_blind (shelters, food banks, clean-ups): 174, 178, 174, 176,
176 and 175/180 on arrival, languages 178, 180, 180, 178, 180 and 179.
They prompted ne dropped before toujours pas (la pharmacie avait toujours
pas reçu), komm and geh as du imperatives (Komm mit), Mi consigli…?, and
everyday words (gecancelt, Ich dreh echt bald durch, estoy muerto, lo
siento un montón, que raiva, echt top, trop dingue, j'en reviens
pas, красавчик), with more common words for a short text (stp, ta, tô,
не, в, на; Roman Hindi ek): 177, 179, 176, 178, 178 and 177/180, languages
180, 180, 180, 179, 180 and 180. Left: sarcasm (Super., बढ़िया!),
dropped subjects (Net geland, staan nu bij…), a vocative and voi (Grazie
mille ragazzi, siete stati…), and formal Vietnamese with no particle.
Four more, written after all of that: reviews_blind (reviews of shops,
restaurants and hotels, owners' replies), telecom_blind (providers'
support, bills, outages), childcare_blind (daycare staff, nannies,
parents' chats) and real_estate_blind (agents, viewings, house-hunting
friends): 171, 174, 174 and 175/180 on arrival, languages 178, 179, 178
and 178. They prompted scusa as the tu imperative (grazie e scusa per
l'attesa), 请一天假 as asking for leave, not 请 "please", 咸死了 and 巨慢,
Denkt dran, and everyday words (echt enttäuschend, desastre total, é um
lixo, c'est l'enfer, echt belachelijk, Инет, не пашет), with more common
words (já, nesse, vai; сорян, за, вам): 176, 177, 176 and 176/180,
languages 180, 180, 179 and 178. Left: Indonesian kesel and kapok (a
change to Indonesian's words retrains its learned vote), dropped
subjects, voi, Boah, die Küche ist ja total runtergekommen (Dutch to
langdetect, with ü), and formal Vietnamese with no particle.
Six more, written after all of that: libraries_blind (librarians, fines,
reading rooms), museums_blind (visitors, tours, curators), weather_blind
(storms, power cuts, heat waves), waste_blind (bin collections, recycling
rules, fees), cycling_blind (bike shops, sharing schemes, clubs) and
parking_blind (fines, appeals, permits): 174, 176, 170, 170, 174 and
176/180 on arrival, languages 179, 180, 178, 178, 178 and 180. They
prompted trink and bleib as du imperatives (… trink viel und bleib mittags
drin), Mi sposti…?, Mi accompagni…? and the -ere/-ire verbs (Mi scrivi?,
Mi fai sapere?) as the tu present, vente as a tú imperative, Cara, and
", cara," as a call, dá uma olhada aí, and everyday words (geklaut, c'est
n'importe quoi, Flipo, ma dai, nou, лажанули, офигели, 离谱, 瞎报), with
Roman Hindi words (kachra, rakho, alag): 177, 176, 177, 175, 179 and
180/180, languages 179, 180, 178, 180, 178 and 180. Left: Indonesian
particles (dong, sih, banget) outvoted by the learned vote, which STIF
taught that many sentences with a particle are standard; a third-person
question in Brazilian Portuguese (sabe quanto tempo demora?); voi
(scusate!); Spanish that addresses nobody (voy tarde, súper claro); and
short texts langdetect gives another language (Tu me prêtes ta pompe ?;
Синоптики опять лажанули.).
Six more, written after all of that: laundry_blind (dry cleaners,
laundromats, flatmates), fishing_blind (anglers, boat hire, harbour
masters), garages_blind (mechanics, quotes, inspections),
condolences_blind (sympathy, funeral homes, colleagues), lost_found_blind
(lost-property offices, neighbourhood posts) and taxis_blind (drivers,
dispatchers, ride-hailing): 180, 177, 176, 174, 175 and 179/180 on
arrival, languages 178, 179, 177, 179, 180 and 177. They prompted ihr
before a verb closing its clause (Danke, dass ihr gekommen seid; Wenn ihr
ihn seht), sors pas (a tu imperative before pas), बेझिझक बोलना (an
infinitive request), pasaste as the tú preterite, ven (a tú imperative,
but ver's in si lo ven, which had read a formal notice as informal), and
everyday words (Echt Mist, echt ein Witz, cet aprèm, la répar, trop nul,
roba da non credere, echt waardeloos, gedoe, хамло, кондёр, mandar ver),
with more common words for a short text (pas, mais, combien, vous…; just,
like, now…): 180, 180, 179, 178, 179 and 180/180, languages 179, 179, 177,
179, 180 and 178. Left: voi (Se lo vedete, scriveteci), Spanish that
addresses nobody (súper emotivo, uf), hoor, and short texts langdetect
gives another language (T'as pu regarder le devis ?; car ready yet?).
Six more, written after all of that: driving_schools_blind (instructors,
learners, examiners), vets_blind (vets, pet owners, bills), swimming_blind
(lifeguards, lessons, pools), camping_blind (campsites, pitches, gear),
diy_blind (hardware stores, tool rental, renovations) and birthdays_blind
(invitations, venues, surprises): 178, 176, 176, 175, 176 and 174/180 on
arrival, languages 179, 179, 179, 178, 180 and 179. They prompted भाई as
a call after a verb with no comma (लूट रहे हैं भाई, इतनी फीस!), ne dropped
before même pas (c'était même pas celui…), Cara, confirma aí, and
everyday words (Trop contente, c'est nickel, c'était le pied, echt leuk,
Balen., Го, отстой, Mucke, lo pasamos genial, menuda porquería, ci
becchiamo, niver, चलेगा क्या, chalega kya), with more Indonesian common
words (yuk, bareng, bentar): 179, 178, 178, 179, 178 and 179/180,
languages 179, 179, 180, 179, 180 and 179. Left: Brazilian você's
third-person questions (Quer uma mão…?), ông said rudely, formal
Vietnamese with no particle, Indonesian banget outvoted by the learned
vote, and short texts langdetect gives another language (Как себя
чувствует ваш кот после наркоза? to Macedonian; Haste an die Isomatten
gedacht? to Dutch).
Six more, written after all of that: bakeries_blind (baristas, cake
orders, regulars), caretakers_blind (broken lifts and heating, notices,
stairwell chats), exams_blind (exam offices, appeals, study groups),
gifts_blind (gift wrapping, returns, shared presents), gp_reception_blind
(receptionists, prescriptions, rescheduling) and hairdressers_blind
(stylists, bookings, barbers): 177, 175, 177, 178, 177 and 176/180 on
arrival, languages 179, 180, 179, 179, 180 and 178. They prompted Seu
before a name as Brazil's title (do Seu Jorge), not the polite your,
Спасибо, что так быстро пришёл (a word between что and the verb), Roman
Hindi daalna and cheeni, and everyday words (हद है, ci hanno messo una
vita, reicht's, Trop dégoûté, пашет, бардак, обалдели, Brigadão,
Belachelijk.), with more German common words for short texts (muss,
kaputt): 179, 177, 178, 179, 179 and 180/180, languages 180, 180, 179,
180, 180 and 179. Left: Brazilian você's third-person questions (Sabe
se…?), ông said rudely, formal Vietnamese with no particle, Indonesian
banget, Spanish that addresses nobody (qué harta estoy, de verdad), and
short texts langdetect gives another language (T'as eu ton oral ?).
Six more, written after all of that: ski_blind (ski schools, lift passes,
rentals), zoos_blind (visitors, school trips, annual passes),
theatre_blind (box offices, refunds, reviews), markets_blind
(stallholders, shoppers, organisers), pet_sitting_blind (sitters, dog
walkers, owners) and car_rental_blind (rental desks, deposits, damage
checks): 174, 176, 175, 175, 174 and 171/180 on arrival, languages 180,
179, 179, 178, 180 and 180. They prompted le before a tú verb in -as/-es
(¿Le marcas a la asistencia?), which had read as usted's, Mach opening a
sentence as a du imperative, tú imperatives with a pronoun (Ponle, Dale),
Dai al… as an imperative, Roman Hindi shuru, and everyday words (un rollo
total, qué cara tienen, uno schifo, era una bomba, muito massa, mandou
demais, 无语, N'importe quoi., Wat een drukte, развод какой-то, Echt
frech): 178, 178, 177, 177, 178 and 176/180, languages 180, 179, 180,
178, 180 and 180. Left: Brazilian você beside a tu imperative (Se você
for…, pega tudo), formal Vietnamese with no particle, Indonesian ya
outvoted, a bare future question in Hindi (मेरे साथ चलेगी?), and short
texts langdetect gives another language (¿Me dejas pasar?; Die appels van
jou waren vanbinnen gewoon bruin, balen.).
Six more, written after all of that: opticians_blind (eye tests, frames,
wrong prescriptions), post_office_blind (parcels, clerks, lost mail),
removals_blind (movers, quotes, damaged furniture), florists_blind
(bouquets, wreaths, wilted deliveries), tattoo_blind (bookings, aftercare,
botched designs) and cooking_class_blind (chefs, students, recipes): 178,
180, 176, 177, 175 and 179/180 on arrival, languages 179, 179, 180, 179,
179 and 179. They prompted manco for neanche (manco oggi, manco si è
presentato), the particle -то after a verb (Куда жаловаться-то?), où
before du coup ? (Je mets le canapé où, du coup ?), Me lo sistemi…? as a
tu question, everyday words (Sieht null aus, Palhaçada, os caras, ficaram
massa, Yes,), and more common words for short texts (English pls,
Indonesian lo): 178, 180, 180, 179, 178 and 180/180, languages 179, 180,
180, 179, 179 and 180. Left: Brazilian você beside a single chat word
(ficaram massa em você!), a Brazilian third-person question to a friend
(Quer colocar…?), formal Vietnamese with no particle, Spanish that
addresses nobody (¡qué emoción, me encanta!), and texts langdetect gives
another language (¿Aceptáis tarjeta?; Prezados, recebi as flores…, to
Spanish).
Six more, written after all of that: plumbing_blind (leaks, boilers,
call-outs), choir_blind (rehearsals, concerts, bands), dog_training_blind
(trainers, walkers, puppies), notary_blind (wills, deeds, inheritances),
bike_repair_blind (punctures, gears, quotes) and hotel_reception_blind
(check-in, room problems, overbooking): 176, 177, 170, 172, 172 and
175/180 on arrival, languages 179, 179, 179, 180, 180 and 180. They
prompted echt before an adjective (echt eklig, echt unverschämt), a
clipped vocative (Ань, Маш), Спасибо, выручил!, ça coûte combien, an
imperative in -aos opening a clause (Acordaos de…; not the spoken
participle in Dos colgaos), n'importe quoi as an exclamation, Foi mal
ter…, Complimenti as no tu verb, everyday words (достало, apê, bah, ie
for hij), and Roman Hindi's common words (hamare, mere, mein, liya): 176,
179, 176, 173, 175 and 178/180, languages 179, 180, 180, 180, 180 and 180.
Indonesian slang (anjir, semalem) is not yet a marker: these words are in
STIF's dev rows, and the vote model retrained on them read two labelled
casual rows as standard. Left: Italian and Spanish that addresses nobody (non ce
la faccio più; ¡qué alivio!), voi, ông said rudely, formal Vietnamese with
no particle, Indonesian banget outvoted by the learned vote, a Hindi
future in -ega (help karega kya?), which may be a third person's, and
¿Podéis…? read as Portuguese.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chatbot.detect.language import detect
from chatbot.detect.register.evaluate import evaluate

OPEN = Path(__file__).resolve().parent / "data" / "open"
# (file stem, lang): (formal, informal, pairs), as measured.
FLOORS = {
    ("romance_domains_blind", "es"): (1.0, 0.975, 0.975),
    ("romance_domains_blind", "it"): (1.0, 0.9, 0.95),
    ("romance_domains_blind", "pt"): (1.0, 0.85, 1.0),
    ("asia_hi_id_blind", "hi"): (1.0, 0.8, 0.85),
    ("asia_hi_id_blind", "id"): (1.0, 0.8, 1.0),
    ("asia_hi_id_blind", "ja"): (1.0, 1.0, 1.0),
    ("asia_hi_id_blind", "ko"): (1.0, 1.0, 1.0),
    ("asia_hi_id_blind", "th"): (1.0, 1.0, 1.0),
    ("asia_hi_id_blind", "vi"): (0.9, 1.0, 0.95),
    ("asia_hi_id_blind", "zh"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "de"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "es"): (1.0, 0.916, 1.0),
    ("everyday_informal_blind", "fr"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "hi"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "it"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "nl"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "pt"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "ru"): (1.0, 1.0, 1.0),
    ("everyday_informal_blind", "zh"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "de"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "en"): (1.0, 0.916, 1.0),
    ("fifteen_locales_blind", "es"): (1.0, 0.666, 0.75),
    ("fifteen_locales_blind", "fr"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "hi"): (1.0, 0.666, 0.833),
    ("fifteen_locales_blind", "id"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "it"): (1.0, 0.583, 0.833),
    ("fifteen_locales_blind", "ja"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "ko"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "nl"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "pt"): (1.0, 0.75, 0.916),
    ("fifteen_locales_blind", "ru"): (1.0, 0.916, 1.0),
    ("fifteen_locales_blind", "th"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind", "vi"): (0.916, 1.0, 0.916),
    ("fifteen_locales_blind", "zh"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "de"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "en"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind2", "es"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind2", "fr"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind2", "hi"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind2", "id"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "it"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind2", "ja"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "ko"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "nl"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind2", "pt"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind2", "ru"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind2", "th"): (0.9, 1.0, 1.0),
    ("fifteen_locales_blind2", "vi"): (0.8, 1.0, 0.9),
    ("fifteen_locales_blind2", "zh"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind3", "de"): (1.0, 0.8, 1.0),
    ("fifteen_locales_blind3", "en"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind3", "es"): (1.0, 0.7, 0.9),
    ("fifteen_locales_blind3", "fr"): (1.0, 0.9, 1.0),
    ("fifteen_locales_blind3", "hi"): (1.0, 0.8, 0.8),
    ("fifteen_locales_blind3", "id"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind3", "it"): (1.0, 0.8, 0.8),
    ("fifteen_locales_blind3", "ja"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind3", "ko"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind3", "nl"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind3", "pt"): (1.0, 0.7, 0.9),
    ("fifteen_locales_blind3", "ru"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind3", "th"): (0.8, 1.0, 1.0),
    ("fifteen_locales_blind3", "vi"): (0.8, 1.0, 1.0),
    ("fifteen_locales_blind3", "zh"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "de"): (1.0, 0.9, 1.0),
    ("fifteen_locales_blind4", "en"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "es"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "fr"): (1.0, 0.9, 1.0),
    ("fifteen_locales_blind4", "hi"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "id"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "it"): (1.0, 0.8, 1.0),
    ("fifteen_locales_blind4", "ja"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "ko"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "nl"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind4", "pt"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "ru"): (1.0, 0.8, 1.0),
    ("fifteen_locales_blind4", "th"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "vi"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind4", "zh"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "de"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "en"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "es"): (1.0, 0.9, 1.0),
    ("fifteen_locales_blind5", "fr"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "hi"): (1.0, 0.8, 0.9),
    ("fifteen_locales_blind5", "id"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "it"): (1.0, 0.8, 1.0),
    ("fifteen_locales_blind5", "ja"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "ko"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "nl"): (1.0, 0.9, 1.0),
    ("fifteen_locales_blind5", "pt"): (1.0, 0.9, 0.9),
    ("fifteen_locales_blind5", "ru"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "th"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "vi"): (1.0, 1.0, 1.0),
    ("fifteen_locales_blind5", "zh"): (1.0, 1.0, 1.0),
    ("gyafc_xformal_style_blind", "en"): (1.0, 0.816, 0.816),
    ("gyafc_xformal_style_blind", "fr"): (1.0, 0.95, 1.0),
    ("gyafc_xformal_style_blind", "it"): (1.0, 0.9, 0.95),
    ("gyafc_xformal_style_blind", "pt"): (1.0, 0.6, 0.8),
    ("cocoa_style_blind", "de"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "es"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "fr"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "hi"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "it"): (1.0, 0.92, 1.0),
    ("cocoa_style_blind", "ja"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "nl"): (1.0, 1.0, 1.0),
    ("cocoa_style_blind", "pt"): (1.0, 0.96, 1.0),
    ("xformal_style_blind", "de"): (1.0, 0.95, 0.95),
    ("xformal_style_blind", "en"): (1.0, 1.0, 1.0),
    ("xformal_style_blind", "es"): (1.0, 0.8, 1.0),
    ("xformal_style_blind", "fr"): (1.0, 0.95, 1.0),
    ("xformal_style_blind", "it"): (1.0, 0.75, 0.95),
    ("xformal_style_blind", "nl"): (1.0, 0.95, 0.95),
    ("xformal_style_blind", "pt"): (1.0, 0.8, 0.85),
    ("xformal_style_blind", "ru"): (1.0, 0.95, 0.95),
    ("brazilian_european_pt_blind", "pt"): (1.0, 0.784, 0.892),
    ("brazilian_european_pt_blind2", "pt"): (1.0, 0.85, 0.975),
    ("workplace_host_tutoring_blind", "de"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "en"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "es"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "fr"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "hi"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "id"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "it"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "ja"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "ko"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "nl"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "pt"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "ru"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "th"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "vi"): (1.0, 1.0, 1.0),
    ("workplace_host_tutoring_blind", "zh"): (1.0, 0.875, 1.0),
    ("team_gaming_flatshare_blind", "de"): (1.0, 1.0, 1.0),
    ("team_gaming_flatshare_blind", "es"): (1.0, 1.0, 1.0),
    ("team_gaming_flatshare_blind", "fr"): (1.0, 1.0, 1.0),
    ("team_gaming_flatshare_blind", "hi"): (1.0, 0.8, 1.0),
    ("team_gaming_flatshare_blind", "it"): (1.0, 0.9, 1.0),
    ("team_gaming_flatshare_blind", "nl"): (1.0, 1.0, 1.0),
    ("team_gaming_flatshare_blind", "pt"): (1.0, 1.0, 1.0),
    ("team_gaming_flatshare_blind", "ru"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "de"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "en"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "es"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "fr"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "hi"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "id"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "it"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "ja"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "ko"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "nl"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "pt"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "ru"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "th"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "vi"): (1.0, 1.0, 1.0),
    ("speech_acts_blind", "zh"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "de"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "en"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "es"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "fr"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "hi"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "id"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "it"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "ja"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "ko"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "nl"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "pt"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "ru"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "th"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "vi"): (1.0, 1.0, 1.0),
    ("long_messy_messages_blind", "zh"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "de"): (1.0, 0.875, 0.875),
    ("short_messages_blind", "en"): (1.0, 0.75, 0.875),
    ("short_messages_blind", "es"): (1.0, 0.875, 1.0),
    ("short_messages_blind", "fr"): (1.0, 0.875, 1.0),
    ("short_messages_blind", "hi"): (1.0, 0.875, 1.0),
    ("short_messages_blind", "id"): (1.0, 0.625, 1.0),
    ("short_messages_blind", "it"): (1.0, 0.875, 1.0),
    ("short_messages_blind", "ja"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "ko"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "nl"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "pt"): (1.0, 0.625, 1.0),
    ("short_messages_blind", "ru"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "th"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "vi"): (1.0, 1.0, 1.0),
    ("short_messages_blind", "zh"): (1.0, 0.75, 1.0),
    ("voice_typed_blind", "de"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "en"): (0.666, 1.0, 1.0),
    ("voice_typed_blind", "es"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "fr"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "hi"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "id"): (0.333, 1.0, 1.0),
    ("voice_typed_blind", "it"): (1.0, 0.833, 1.0),
    ("voice_typed_blind", "ja"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "ko"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "nl"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "pt"): (1.0, 0.833, 1.0),
    ("voice_typed_blind", "ru"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "th"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "vi"): (1.0, 1.0, 1.0),
    ("voice_typed_blind", "zh"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "de"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "en"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "es"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "fr"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "hi"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "id"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "it"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "ja"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "ko"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "nl"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "pt"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "ru"): (1.0, 0.833, 1.0),
    ("code_switched_blind", "th"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "vi"): (1.0, 1.0, 1.0),
    ("code_switched_blind", "zh"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "de"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "es"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "fr"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "hi"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "it"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "nl"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "pt"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "ru"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind", "vi"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind2", "es"): (0.833, 1.0, 1.0),
    ("no_diacritics_blind2", "it"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind2", "pt"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind2", "ru"): (1.0, 1.0, 1.0),
    ("no_diacritics_blind2", "vi"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "de"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "en"): (1.0, 0.833, 1.0),
    ("regional_varieties_blind", "es"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "fr"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "hi"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "id"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "it"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "ja"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "ko"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "nl"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "pt"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "ru"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "th"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "vi"): (1.0, 1.0, 1.0),
    ("regional_varieties_blind", "zh"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "de"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "en"): (1.0, 0.833, 1.0),
    ("assistant_replies_blind", "es"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "fr"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "hi"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "id"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "it"): (1.0, 0.833, 1.0),
    ("assistant_replies_blind", "ja"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "ko"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "nl"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "pt"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "ru"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "th"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "vi"): (1.0, 1.0, 1.0),
    ("assistant_replies_blind", "zh"): (1.0, 1.0, 1.0),
    ("english_formality_blind", "en"): (1.0, 0.7, 0.714),
    ("public_services_blind", "de"): (1.0, 1.0, 1.0),
    ("public_services_blind", "en"): (1.0, 1.0, 1.0),
    ("public_services_blind", "es"): (1.0, 1.0, 1.0),
    ("public_services_blind", "fr"): (1.0, 1.0, 1.0),
    ("public_services_blind", "hi"): (1.0, 0.833, 1.0),
    ("public_services_blind", "id"): (1.0, 1.0, 1.0),
    ("public_services_blind", "it"): (1.0, 1.0, 1.0),
    ("public_services_blind", "ja"): (1.0, 1.0, 1.0),
    ("public_services_blind", "ko"): (1.0, 1.0, 1.0),
    ("public_services_blind", "nl"): (1.0, 1.0, 1.0),
    ("public_services_blind", "pt"): (1.0, 1.0, 1.0),
    ("public_services_blind", "ru"): (1.0, 1.0, 1.0),
    ("public_services_blind", "th"): (1.0, 1.0, 1.0),
    ("public_services_blind", "vi"): (1.0, 1.0, 1.0),
    ("public_services_blind", "zh"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "de"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "en"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "es"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "fr"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "hi"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "id"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "it"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "ja"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "ko"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "nl"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "pt"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "ru"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "th"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "vi"): (1.0, 1.0, 1.0),
    ("third_party_reported_blind", "zh"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "de"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "en"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "es"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "fr"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "hi"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "id"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "it"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "ja"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "ko"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "nl"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "pt"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "ru"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "th"): (1.0, 1.0, 1.0),
    ("roleplay_replies_blind", "vi"): (1.0, 0.833, 1.0),
    ("roleplay_replies_blind", "zh"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "en"): (1.0, 0.916, 0.916),
    ("social_dialogue_blind", "id"): (1.0, 0.666, 1.0),
    ("social_dialogue_blind", "ja"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "ko"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "ru"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "th"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "vi"): (1.0, 1.0, 1.0),
    ("social_dialogue_blind", "zh"): (1.0, 0.833, 1.0),
    ("youth_slang_blind", "de"): (1.0, 0.833, 1.0),
    ("youth_slang_blind", "en"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "es"): (1.0, 0.833, 1.0),
    ("youth_slang_blind", "fr"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "hi"): (1.0, 0.833, 1.0),
    ("youth_slang_blind", "id"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "it"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "ja"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "ko"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "nl"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "pt"): (1.0, 0.833, 1.0),
    ("youth_slang_blind", "ru"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "th"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "vi"): (1.0, 1.0, 1.0),
    ("youth_slang_blind", "zh"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "de"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "en"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "es"): (1.0, 0.833, 1.0),
    ("quoted_threads_blind", "fr"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "hi"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "id"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "it"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "ja"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "ko"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "nl"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "pt"): (1.0, 0.833, 1.0),
    ("quoted_threads_blind", "ru"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "th"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "vi"): (1.0, 1.0, 1.0),
    ("quoted_threads_blind", "zh"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "de"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "en"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "es"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "fr"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "hi"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "id"): (1.0, 0.833, 0.833),
    ("learner_text_blind", "it"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "ja"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "ko"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "nl"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "pt"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "ru"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "th"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "vi"): (1.0, 1.0, 1.0),
    ("learner_text_blind", "zh"): (1.0, 0.833, 1.0),
    ("code_logs_blind", "de"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "en"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "es"): (1.0, 0.8, 1.0),
    ("code_logs_blind", "fr"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "hi"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "id"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "it"): (1.0, 0.8, 1.0),
    ("code_logs_blind", "ja"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "ko"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "nl"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "pt"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "ru"): (1.0, 0.8, 1.0),
    ("code_logs_blind", "th"): (1.0, 1.0, 1.0),
    ("code_logs_blind", "vi"): (1.0, 0.8, 1.0),
    ("code_logs_blind", "zh"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "de"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "en"): (0.833, 1.0, 1.0),
    ("metalinguistic_blind", "es"): (0.833, 0.833, 1.0),
    ("metalinguistic_blind", "fr"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "hi"): (1.0, 0.666, 1.0),
    ("metalinguistic_blind", "id"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "it"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "ja"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "ko"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "nl"): (1.0, 0.833, 1.0),
    ("metalinguistic_blind", "pt"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "ru"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "th"): (1.0, 0.833, 1.0),
    ("metalinguistic_blind", "vi"): (1.0, 1.0, 1.0),
    ("metalinguistic_blind", "zh"): (1.0, 0.833, 1.0),
    ("social_posts_blind", "de"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "en"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "es"): (1.0, 0.833, 1.0),
    ("social_posts_blind", "fr"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "hi"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "id"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "it"): (1.0, 0.833, 1.0),
    ("social_posts_blind", "ja"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "ko"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "nl"): (1.0, 0.833, 1.0),
    ("social_posts_blind", "pt"): (1.0, 0.666, 1.0),
    ("social_posts_blind", "ru"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "th"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "vi"): (1.0, 1.0, 1.0),
    ("social_posts_blind", "zh"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "de"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "en"): (1.0, 0.833, 0.833),
    ("app_strings_blind", "es"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "fr"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "hi"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "id"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "it"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "ja"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "ko"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "nl"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "pt"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "ru"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "th"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "vi"): (1.0, 1.0, 1.0),
    ("app_strings_blind", "zh"): (1.0, 1.0, 1.0),
    ("group_address_blind", "de"): (1.0, 1.0, 1.0),
    ("group_address_blind", "en"): (1.0, 0.833, 1.0),
    ("group_address_blind", "es"): (1.0, 1.0, 1.0),
    ("group_address_blind", "fr"): (1.0, 1.0, 1.0),
    ("group_address_blind", "hi"): (1.0, 1.0, 1.0),
    ("group_address_blind", "id"): (1.0, 1.0, 1.0),
    ("group_address_blind", "it"): (1.0, 0.833, 0.833),
    ("group_address_blind", "ja"): (1.0, 1.0, 1.0),
    ("group_address_blind", "ko"): (1.0, 1.0, 1.0),
    ("group_address_blind", "nl"): (1.0, 1.0, 1.0),
    ("group_address_blind", "pt"): (1.0, 1.0, 1.0),
    ("group_address_blind", "ru"): (1.0, 1.0, 1.0),
    ("group_address_blind", "th"): (1.0, 1.0, 1.0),
    ("group_address_blind", "vi"): (1.0, 1.0, 1.0),
    ("group_address_blind", "zh"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "de"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "en"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "es"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "fr"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "hi"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "id"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "it"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "ja"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "ko"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "nl"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "pt"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "ru"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "th"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "vi"): (1.0, 1.0, 1.0),
    ("family_elders_blind", "zh"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "de"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "en"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "es"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "fr"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "hi"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "id"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "it"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "ja"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "ko"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "nl"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "pt"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "ru"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "th"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "vi"): (1.0, 1.0, 1.0),
    ("emotion_register_blind", "zh"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "de"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "en"): (1.0, 0.833, 1.0),
    ("subtitle_lines_blind", "es"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "fr"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "hi"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "id"): (1.0, 0.666, 1.0),
    ("subtitle_lines_blind", "it"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "ja"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "ko"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "nl"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "pt"): (1.0, 0.833, 1.0),
    ("subtitle_lines_blind", "ru"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "th"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "vi"): (1.0, 1.0, 1.0),
    ("subtitle_lines_blind", "zh"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "de"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "en"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "es"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "fr"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "hi"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "id"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "it"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "ja"): (1.0, 0.833, 1.0),
    ("social_formulas_blind", "ko"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "nl"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "pt"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "ru"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "th"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "vi"): (1.0, 1.0, 1.0),
    ("social_formulas_blind", "zh"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "de"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "en"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "es"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "fr"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "hi"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "id"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "it"): (1.0, 0.833, 1.0),
    ("bot_small_talk_blind", "ja"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "ko"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "nl"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "pt"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "ru"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "th"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "vi"): (1.0, 1.0, 1.0),
    ("bot_small_talk_blind", "zh"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "de"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "en"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "es"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "fr"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "hi"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "id"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "it"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "ja"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "ko"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "nl"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "pt"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "ru"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "th"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "vi"): (1.0, 1.0, 1.0),
    ("health_law_money_blind", "zh"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "de"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "en"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "es"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "fr"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "hi"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "id"): (1.0, 0.833, 1.0),
    ("tense_mood_blind", "it"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "ja"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "ko"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "nl"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "pt"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "ru"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "th"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "vi"): (1.0, 1.0, 1.0),
    ("tense_mood_blind", "zh"): (1.0, 1.0, 1.0),
    ("complaints_blind", "de"): (1.0, 1.0, 1.0),
    ("complaints_blind", "en"): (1.0, 1.0, 1.0),
    ("complaints_blind", "es"): (1.0, 1.0, 1.0),
    ("complaints_blind", "fr"): (1.0, 1.0, 1.0),
    ("complaints_blind", "hi"): (1.0, 1.0, 1.0),
    ("complaints_blind", "id"): (1.0, 1.0, 1.0),
    ("complaints_blind", "it"): (1.0, 1.0, 1.0),
    ("complaints_blind", "ja"): (1.0, 1.0, 1.0),
    ("complaints_blind", "ko"): (1.0, 1.0, 1.0),
    ("complaints_blind", "nl"): (1.0, 1.0, 1.0),
    ("complaints_blind", "pt"): (1.0, 0.833, 1.0),
    ("complaints_blind", "ru"): (1.0, 1.0, 1.0),
    ("complaints_blind", "th"): (1.0, 1.0, 1.0),
    ("complaints_blind", "vi"): (1.0, 1.0, 1.0),
    ("complaints_blind", "zh"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "de"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "en"): (1.0, 0.833, 0.833),
    ("hobby_howto_blind", "es"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "fr"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "hi"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "id"): (1.0, 0.833, 1.0),
    ("hobby_howto_blind", "it"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "ja"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "ko"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "nl"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "pt"): (1.0, 0.833, 1.0),
    ("hobby_howto_blind", "ru"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "th"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "vi"): (1.0, 1.0, 1.0),
    ("hobby_howto_blind", "zh"): (1.0, 1.0, 1.0),
    ("questions_blind", "de"): (1.0, 1.0, 1.0),
    ("questions_blind", "en"): (1.0, 0.333, 0.5),
    ("questions_blind", "es"): (1.0, 1.0, 1.0),
    ("questions_blind", "fr"): (1.0, 1.0, 1.0),
    ("questions_blind", "hi"): (1.0, 1.0, 1.0),
    ("questions_blind", "id"): (1.0, 1.0, 1.0),
    ("questions_blind", "it"): (1.0, 1.0, 1.0),
    ("questions_blind", "ja"): (1.0, 1.0, 1.0),
    ("questions_blind", "ko"): (1.0, 1.0, 1.0),
    ("questions_blind", "nl"): (1.0, 1.0, 1.0),
    ("questions_blind", "pt"): (1.0, 1.0, 1.0),
    ("questions_blind", "ru"): (1.0, 1.0, 1.0),
    ("questions_blind", "th"): (1.0, 1.0, 1.0),
    ("questions_blind", "vi"): (1.0, 1.0, 1.0),
    ("questions_blind", "zh"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "de"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "en"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "es"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "fr"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "hi"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "id"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "it"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "ja"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "ko"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "nl"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "pt"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "ru"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "th"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "vi"): (1.0, 1.0, 1.0),
    ("marketplace_blind", "zh"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "de"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "en"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "es"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "fr"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "hi"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "id"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "it"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "ja"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "ko"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "nl"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "pt"): (1.0, 0.833, 1.0),
    ("ceremonies_blind", "ru"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "th"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "vi"): (1.0, 1.0, 1.0),
    ("ceremonies_blind", "zh"): (1.0, 1.0, 1.0),
    ("opinions_blind", "de"): (1.0, 1.0, 1.0),
    ("opinions_blind", "en"): (1.0, 1.0, 1.0),
    ("opinions_blind", "es"): (1.0, 1.0, 1.0),
    ("opinions_blind", "fr"): (1.0, 1.0, 1.0),
    ("opinions_blind", "hi"): (1.0, 1.0, 1.0),
    ("opinions_blind", "id"): (1.0, 1.0, 1.0),
    ("opinions_blind", "it"): (1.0, 1.0, 1.0),
    ("opinions_blind", "ja"): (1.0, 1.0, 1.0),
    ("opinions_blind", "ko"): (1.0, 1.0, 1.0),
    ("opinions_blind", "nl"): (1.0, 1.0, 1.0),
    ("opinions_blind", "pt"): (1.0, 1.0, 1.0),
    ("opinions_blind", "ru"): (1.0, 1.0, 1.0),
    ("opinions_blind", "th"): (1.0, 1.0, 1.0),
    ("opinions_blind", "vi"): (1.0, 1.0, 1.0),
    ("opinions_blind", "zh"): (1.0, 1.0, 1.0),
    ("food_blind", "de"): (1.0, 1.0, 1.0),
    ("food_blind", "en"): (1.0, 1.0, 1.0),
    ("food_blind", "es"): (1.0, 1.0, 1.0),
    ("food_blind", "fr"): (1.0, 1.0, 1.0),
    ("food_blind", "hi"): (1.0, 1.0, 1.0),
    ("food_blind", "id"): (1.0, 1.0, 1.0),
    ("food_blind", "it"): (1.0, 1.0, 1.0),
    ("food_blind", "ja"): (1.0, 1.0, 1.0),
    ("food_blind", "ko"): (1.0, 1.0, 1.0),
    ("food_blind", "nl"): (1.0, 1.0, 1.0),
    ("food_blind", "pt"): (1.0, 1.0, 1.0),
    ("food_blind", "ru"): (1.0, 1.0, 1.0),
    ("food_blind", "th"): (1.0, 1.0, 1.0),
    ("food_blind", "vi"): (1.0, 1.0, 1.0),
    ("food_blind", "zh"): (1.0, 1.0, 1.0),
    ("travel_blind", "de"): (1.0, 1.0, 1.0),
    ("travel_blind", "en"): (1.0, 1.0, 1.0),
    ("travel_blind", "es"): (1.0, 1.0, 1.0),
    ("travel_blind", "fr"): (1.0, 1.0, 1.0),
    ("travel_blind", "hi"): (1.0, 0.833, 1.0),
    ("travel_blind", "id"): (1.0, 1.0, 1.0),
    ("travel_blind", "it"): (1.0, 1.0, 1.0),
    ("travel_blind", "ja"): (1.0, 1.0, 1.0),
    ("travel_blind", "ko"): (1.0, 1.0, 1.0),
    ("travel_blind", "nl"): (1.0, 1.0, 1.0),
    ("travel_blind", "pt"): (1.0, 1.0, 1.0),
    ("travel_blind", "ru"): (1.0, 1.0, 1.0),
    ("travel_blind", "th"): (1.0, 1.0, 1.0),
    ("travel_blind", "vi"): (1.0, 1.0, 1.0),
    ("travel_blind", "zh"): (1.0, 1.0, 1.0),
    ("education_blind", "de"): (1.0, 1.0, 1.0),
    ("education_blind", "en"): (1.0, 1.0, 1.0),
    ("education_blind", "es"): (1.0, 1.0, 1.0),
    ("education_blind", "fr"): (1.0, 1.0, 1.0),
    ("education_blind", "hi"): (1.0, 0.833, 1.0),
    ("education_blind", "id"): (1.0, 1.0, 1.0),
    ("education_blind", "it"): (1.0, 1.0, 1.0),
    ("education_blind", "ja"): (1.0, 1.0, 1.0),
    ("education_blind", "ko"): (1.0, 1.0, 1.0),
    ("education_blind", "nl"): (1.0, 1.0, 1.0),
    ("education_blind", "pt"): (1.0, 1.0, 1.0),
    ("education_blind", "ru"): (1.0, 1.0, 1.0),
    ("education_blind", "th"): (1.0, 1.0, 1.0),
    ("education_blind", "vi"): (1.0, 1.0, 1.0),
    ("education_blind", "zh"): (1.0, 1.0, 1.0),
    ("sports_blind", "de"): (1.0, 1.0, 1.0),
    ("sports_blind", "en"): (1.0, 1.0, 1.0),
    ("sports_blind", "es"): (1.0, 0.833, 0.833),
    ("sports_blind", "fr"): (1.0, 1.0, 1.0),
    ("sports_blind", "hi"): (1.0, 1.0, 1.0),
    ("sports_blind", "id"): (1.0, 1.0, 1.0),
    ("sports_blind", "it"): (1.0, 1.0, 1.0),
    ("sports_blind", "ja"): (1.0, 1.0, 1.0),
    ("sports_blind", "ko"): (1.0, 1.0, 1.0),
    ("sports_blind", "nl"): (1.0, 1.0, 1.0),
    ("sports_blind", "pt"): (1.0, 0.833, 1.0),
    ("sports_blind", "ru"): (1.0, 1.0, 1.0),
    ("sports_blind", "th"): (1.0, 1.0, 1.0),
    ("sports_blind", "vi"): (1.0, 1.0, 1.0),
    ("sports_blind", "zh"): (1.0, 0.833, 1.0),
    ("arts_blind", "de"): (1.0, 1.0, 1.0),
    ("arts_blind", "en"): (1.0, 1.0, 1.0),
    ("arts_blind", "es"): (1.0, 1.0, 1.0),
    ("arts_blind", "fr"): (1.0, 1.0, 1.0),
    ("arts_blind", "hi"): (1.0, 1.0, 1.0),
    ("arts_blind", "id"): (1.0, 1.0, 1.0),
    ("arts_blind", "it"): (1.0, 1.0, 1.0),
    ("arts_blind", "ja"): (1.0, 1.0, 1.0),
    ("arts_blind", "ko"): (1.0, 1.0, 1.0),
    ("arts_blind", "nl"): (1.0, 1.0, 1.0),
    ("arts_blind", "pt"): (1.0, 1.0, 1.0),
    ("arts_blind", "ru"): (1.0, 1.0, 1.0),
    ("arts_blind", "th"): (1.0, 1.0, 1.0),
    ("arts_blind", "vi"): (1.0, 1.0, 1.0),
    ("arts_blind", "zh"): (1.0, 1.0, 1.0),
    ("urgent_blind", "de"): (1.0, 1.0, 1.0),
    ("urgent_blind", "en"): (1.0, 1.0, 1.0),
    ("urgent_blind", "es"): (1.0, 1.0, 1.0),
    ("urgent_blind", "fr"): (1.0, 1.0, 1.0),
    ("urgent_blind", "hi"): (1.0, 1.0, 1.0),
    ("urgent_blind", "id"): (1.0, 1.0, 1.0),
    ("urgent_blind", "it"): (1.0, 1.0, 1.0),
    ("urgent_blind", "ja"): (1.0, 1.0, 1.0),
    ("urgent_blind", "ko"): (1.0, 1.0, 1.0),
    ("urgent_blind", "nl"): (1.0, 1.0, 1.0),
    ("urgent_blind", "pt"): (1.0, 1.0, 1.0),
    ("urgent_blind", "ru"): (1.0, 1.0, 1.0),
    ("urgent_blind", "th"): (1.0, 1.0, 1.0),
    ("urgent_blind", "vi"): (1.0, 1.0, 1.0),
    ("urgent_blind", "zh"): (1.0, 1.0, 1.0),
    ("home_blind", "de"): (1.0, 1.0, 1.0),
    ("home_blind", "en"): (1.0, 1.0, 1.0),
    ("home_blind", "es"): (1.0, 1.0, 1.0),
    ("home_blind", "fr"): (1.0, 1.0, 1.0),
    ("home_blind", "hi"): (1.0, 1.0, 1.0),
    ("home_blind", "id"): (1.0, 1.0, 1.0),
    ("home_blind", "it"): (1.0, 1.0, 1.0),
    ("home_blind", "ja"): (1.0, 1.0, 1.0),
    ("home_blind", "ko"): (1.0, 1.0, 1.0),
    ("home_blind", "nl"): (1.0, 1.0, 1.0),
    ("home_blind", "pt"): (1.0, 1.0, 1.0),
    ("home_blind", "ru"): (1.0, 1.0, 1.0),
    ("home_blind", "th"): (1.0, 1.0, 1.0),
    ("home_blind", "vi"): (1.0, 1.0, 1.0),
    ("home_blind", "zh"): (1.0, 1.0, 1.0),
    ("pets_blind", "de"): (1.0, 1.0, 1.0),
    ("pets_blind", "en"): (1.0, 1.0, 1.0),
    ("pets_blind", "es"): (1.0, 1.0, 1.0),
    ("pets_blind", "fr"): (1.0, 1.0, 1.0),
    ("pets_blind", "hi"): (1.0, 1.0, 1.0),
    ("pets_blind", "id"): (1.0, 1.0, 1.0),
    ("pets_blind", "it"): (1.0, 1.0, 1.0),
    ("pets_blind", "ja"): (1.0, 1.0, 1.0),
    ("pets_blind", "ko"): (1.0, 1.0, 1.0),
    ("pets_blind", "nl"): (1.0, 1.0, 1.0),
    ("pets_blind", "pt"): (1.0, 0.833, 1.0),
    ("pets_blind", "ru"): (1.0, 0.833, 1.0),
    ("pets_blind", "th"): (1.0, 1.0, 1.0),
    ("pets_blind", "vi"): (1.0, 1.0, 1.0),
    ("pets_blind", "zh"): (1.0, 1.0, 1.0),
    ("community_blind", "de"): (1.0, 1.0, 1.0),
    ("community_blind", "en"): (1.0, 1.0, 1.0),
    ("community_blind", "es"): (1.0, 1.0, 1.0),
    ("community_blind", "fr"): (1.0, 1.0, 1.0),
    ("community_blind", "hi"): (1.0, 1.0, 1.0),
    ("community_blind", "id"): (1.0, 1.0, 1.0),
    ("community_blind", "it"): (1.0, 1.0, 1.0),
    ("community_blind", "ja"): (1.0, 1.0, 1.0),
    ("community_blind", "ko"): (1.0, 1.0, 1.0),
    ("community_blind", "nl"): (1.0, 1.0, 1.0),
    ("community_blind", "pt"): (1.0, 1.0, 1.0),
    ("community_blind", "ru"): (1.0, 1.0, 1.0),
    ("community_blind", "th"): (1.0, 1.0, 1.0),
    ("community_blind", "vi"): (0.833, 1.0, 0.833),
    ("community_blind", "zh"): (1.0, 1.0, 1.0),
    ("dating_blind", "de"): (1.0, 1.0, 1.0),
    ("dating_blind", "en"): (1.0, 1.0, 1.0),
    ("dating_blind", "es"): (1.0, 1.0, 1.0),
    ("dating_blind", "fr"): (1.0, 1.0, 1.0),
    ("dating_blind", "hi"): (1.0, 1.0, 1.0),
    ("dating_blind", "id"): (1.0, 1.0, 1.0),
    ("dating_blind", "it"): (1.0, 1.0, 1.0),
    ("dating_blind", "ja"): (1.0, 1.0, 1.0),
    ("dating_blind", "ko"): (1.0, 1.0, 1.0),
    ("dating_blind", "nl"): (1.0, 1.0, 1.0),
    ("dating_blind", "pt"): (1.0, 1.0, 1.0),
    ("dating_blind", "ru"): (1.0, 1.0, 1.0),
    ("dating_blind", "th"): (1.0, 1.0, 1.0),
    ("dating_blind", "vi"): (0.833, 1.0, 0.833),
    ("dating_blind", "zh"): (1.0, 1.0, 1.0),
    ("beauty_blind", "de"): (1.0, 1.0, 1.0),
    ("beauty_blind", "en"): (1.0, 1.0, 1.0),
    ("beauty_blind", "es"): (1.0, 0.833, 1.0),
    ("beauty_blind", "fr"): (1.0, 0.833, 0.833),
    ("beauty_blind", "hi"): (1.0, 0.833, 0.833),
    ("beauty_blind", "id"): (1.0, 1.0, 1.0),
    ("beauty_blind", "it"): (1.0, 0.833, 1.0),
    ("beauty_blind", "ja"): (1.0, 1.0, 1.0),
    ("beauty_blind", "ko"): (1.0, 1.0, 1.0),
    ("beauty_blind", "nl"): (1.0, 1.0, 1.0),
    ("beauty_blind", "pt"): (1.0, 1.0, 1.0),
    ("beauty_blind", "ru"): (1.0, 1.0, 1.0),
    ("beauty_blind", "th"): (1.0, 1.0, 1.0),
    ("beauty_blind", "vi"): (1.0, 1.0, 1.0),
    ("beauty_blind", "zh"): (1.0, 1.0, 1.0),
    ("shopping_blind", "de"): (1.0, 1.0, 1.0),
    ("shopping_blind", "en"): (1.0, 1.0, 1.0),
    ("shopping_blind", "es"): (1.0, 1.0, 1.0),
    ("shopping_blind", "fr"): (1.0, 1.0, 1.0),
    ("shopping_blind", "hi"): (1.0, 1.0, 1.0),
    ("shopping_blind", "id"): (1.0, 1.0, 1.0),
    ("shopping_blind", "it"): (1.0, 1.0, 1.0),
    ("shopping_blind", "ja"): (1.0, 1.0, 1.0),
    ("shopping_blind", "ko"): (1.0, 1.0, 1.0),
    ("shopping_blind", "nl"): (1.0, 1.0, 1.0),
    ("shopping_blind", "pt"): (1.0, 1.0, 1.0),
    ("shopping_blind", "ru"): (1.0, 1.0, 1.0),
    ("shopping_blind", "th"): (1.0, 1.0, 1.0),
    ("shopping_blind", "vi"): (0.833, 1.0, 0.833),
    ("shopping_blind", "zh"): (1.0, 1.0, 1.0),
    ("office_blind", "de"): (1.0, 1.0, 1.0),
    ("office_blind", "en"): (1.0, 1.0, 1.0),
    ("office_blind", "es"): (1.0, 1.0, 1.0),
    ("office_blind", "fr"): (1.0, 1.0, 1.0),
    ("office_blind", "hi"): (1.0, 0.833, 0.833),
    ("office_blind", "id"): (1.0, 1.0, 1.0),
    ("office_blind", "it"): (1.0, 1.0, 1.0),
    ("office_blind", "ja"): (1.0, 1.0, 1.0),
    ("office_blind", "ko"): (1.0, 1.0, 1.0),
    ("office_blind", "nl"): (1.0, 1.0, 1.0),
    ("office_blind", "pt"): (1.0, 0.833, 1.0),
    ("office_blind", "ru"): (1.0, 1.0, 1.0),
    ("office_blind", "th"): (1.0, 1.0, 1.0),
    ("office_blind", "vi"): (1.0, 1.0, 1.0),
    ("office_blind", "zh"): (1.0, 1.0, 1.0),
    ("kids_blind", "de"): (1.0, 1.0, 1.0),
    ("kids_blind", "en"): (1.0, 1.0, 1.0),
    ("kids_blind", "es"): (1.0, 1.0, 1.0),
    ("kids_blind", "fr"): (1.0, 1.0, 1.0),
    ("kids_blind", "hi"): (1.0, 1.0, 1.0),
    ("kids_blind", "id"): (1.0, 1.0, 1.0),
    ("kids_blind", "it"): (1.0, 0.666, 1.0),
    ("kids_blind", "ja"): (1.0, 1.0, 1.0),
    ("kids_blind", "ko"): (1.0, 1.0, 1.0),
    ("kids_blind", "nl"): (1.0, 1.0, 1.0),
    ("kids_blind", "pt"): (1.0, 1.0, 1.0),
    ("kids_blind", "ru"): (1.0, 1.0, 1.0),
    ("kids_blind", "th"): (1.0, 1.0, 1.0),
    ("kids_blind", "vi"): (1.0, 1.0, 1.0),
    ("kids_blind", "zh"): (1.0, 1.0, 1.0),
    ("cars_blind", "de"): (1.0, 1.0, 1.0),
    ("cars_blind", "en"): (1.0, 1.0, 1.0),
    ("cars_blind", "es"): (1.0, 1.0, 1.0),
    ("cars_blind", "fr"): (1.0, 1.0, 1.0),
    ("cars_blind", "hi"): (1.0, 1.0, 1.0),
    ("cars_blind", "id"): (1.0, 1.0, 1.0),
    ("cars_blind", "it"): (1.0, 0.833, 1.0),
    ("cars_blind", "ja"): (1.0, 1.0, 1.0),
    ("cars_blind", "ko"): (1.0, 1.0, 1.0),
    ("cars_blind", "nl"): (1.0, 0.833, 0.833),
    ("cars_blind", "pt"): (1.0, 1.0, 1.0),
    ("cars_blind", "ru"): (1.0, 1.0, 1.0),
    ("cars_blind", "th"): (1.0, 1.0, 1.0),
    ("cars_blind", "vi"): (1.0, 1.0, 1.0),
    ("cars_blind", "zh"): (1.0, 1.0, 1.0),
    ("housing_blind", "de"): (1.0, 1.0, 1.0),
    ("housing_blind", "en"): (1.0, 1.0, 1.0),
    ("housing_blind", "es"): (1.0, 1.0, 1.0),
    ("housing_blind", "fr"): (1.0, 1.0, 1.0),
    ("housing_blind", "hi"): (1.0, 1.0, 1.0),
    ("housing_blind", "id"): (1.0, 1.0, 1.0),
    ("housing_blind", "it"): (1.0, 1.0, 1.0),
    ("housing_blind", "ja"): (1.0, 1.0, 1.0),
    ("housing_blind", "ko"): (1.0, 1.0, 1.0),
    ("housing_blind", "nl"): (1.0, 1.0, 1.0),
    ("housing_blind", "pt"): (1.0, 1.0, 1.0),
    ("housing_blind", "ru"): (1.0, 1.0, 1.0),
    ("housing_blind", "th"): (1.0, 1.0, 1.0),
    ("housing_blind", "vi"): (1.0, 1.0, 1.0),
    ("housing_blind", "zh"): (1.0, 1.0, 1.0),
    ("jobs_blind", "de"): (1.0, 1.0, 1.0),
    ("jobs_blind", "en"): (1.0, 1.0, 1.0),
    ("jobs_blind", "es"): (1.0, 1.0, 1.0),
    ("jobs_blind", "fr"): (1.0, 1.0, 1.0),
    ("jobs_blind", "hi"): (1.0, 1.0, 1.0),
    ("jobs_blind", "id"): (1.0, 1.0, 1.0),
    ("jobs_blind", "it"): (1.0, 0.833, 1.0),
    ("jobs_blind", "ja"): (1.0, 1.0, 1.0),
    ("jobs_blind", "ko"): (1.0, 1.0, 1.0),
    ("jobs_blind", "nl"): (1.0, 1.0, 1.0),
    ("jobs_blind", "pt"): (1.0, 1.0, 1.0),
    ("jobs_blind", "ru"): (1.0, 1.0, 1.0),
    ("jobs_blind", "th"): (1.0, 1.0, 1.0),
    ("jobs_blind", "vi"): (1.0, 1.0, 1.0),
    ("jobs_blind", "zh"): (1.0, 1.0, 1.0),
    ("money_blind", "de"): (1.0, 1.0, 1.0),
    ("money_blind", "en"): (1.0, 1.0, 1.0),
    ("money_blind", "es"): (1.0, 1.0, 1.0),
    ("money_blind", "fr"): (1.0, 1.0, 1.0),
    ("money_blind", "hi"): (1.0, 1.0, 1.0),
    ("money_blind", "id"): (1.0, 1.0, 1.0),
    ("money_blind", "it"): (1.0, 1.0, 1.0),
    ("money_blind", "ja"): (1.0, 1.0, 1.0),
    ("money_blind", "ko"): (1.0, 1.0, 1.0),
    ("money_blind", "nl"): (1.0, 1.0, 1.0),
    ("money_blind", "pt"): (1.0, 0.833, 1.0),
    ("money_blind", "ru"): (1.0, 1.0, 1.0),
    ("money_blind", "th"): (1.0, 1.0, 1.0),
    ("money_blind", "vi"): (1.0, 1.0, 1.0),
    ("money_blind", "zh"): (1.0, 1.0, 1.0),
    ("news_blind", "de"): (1.0, 1.0, 1.0),
    ("news_blind", "en"): (1.0, 1.0, 1.0),
    ("news_blind", "es"): (1.0, 1.0, 1.0),
    ("news_blind", "fr"): (1.0, 1.0, 1.0),
    ("news_blind", "hi"): (1.0, 1.0, 1.0),
    ("news_blind", "id"): (1.0, 1.0, 1.0),
    ("news_blind", "it"): (1.0, 1.0, 1.0),
    ("news_blind", "ja"): (1.0, 1.0, 1.0),
    ("news_blind", "ko"): (1.0, 1.0, 1.0),
    ("news_blind", "nl"): (1.0, 1.0, 1.0),
    ("news_blind", "pt"): (1.0, 1.0, 1.0),
    ("news_blind", "ru"): (1.0, 1.0, 1.0),
    ("news_blind", "th"): (1.0, 1.0, 1.0),
    ("news_blind", "vi"): (1.0, 1.0, 1.0),
    ("news_blind", "zh"): (1.0, 1.0, 1.0),
    ("academia_blind", "de"): (1.0, 1.0, 1.0),
    ("academia_blind", "en"): (1.0, 1.0, 1.0),
    ("academia_blind", "es"): (1.0, 0.833, 1.0),
    ("academia_blind", "fr"): (1.0, 0.833, 1.0),
    ("academia_blind", "hi"): (1.0, 1.0, 1.0),
    ("academia_blind", "id"): (1.0, 1.0, 1.0),
    ("academia_blind", "it"): (1.0, 0.833, 1.0),
    ("academia_blind", "ja"): (1.0, 1.0, 1.0),
    ("academia_blind", "ko"): (1.0, 1.0, 1.0),
    ("academia_blind", "nl"): (1.0, 1.0, 1.0),
    ("academia_blind", "pt"): (1.0, 0.833, 1.0),
    ("academia_blind", "ru"): (1.0, 0.833, 1.0),
    ("academia_blind", "th"): (1.0, 1.0, 1.0),
    ("academia_blind", "vi"): (1.0, 1.0, 1.0),
    ("academia_blind", "zh"): (1.0, 1.0, 1.0),
    ("delivery_blind", "de"): (1.0, 1.0, 1.0),
    ("delivery_blind", "en"): (1.0, 1.0, 1.0),
    ("delivery_blind", "es"): (1.0, 1.0, 1.0),
    ("delivery_blind", "fr"): (1.0, 1.0, 1.0),
    ("delivery_blind", "hi"): (1.0, 1.0, 1.0),
    ("delivery_blind", "id"): (1.0, 1.0, 1.0),
    ("delivery_blind", "it"): (1.0, 1.0, 1.0),
    ("delivery_blind", "ja"): (1.0, 1.0, 1.0),
    ("delivery_blind", "ko"): (1.0, 1.0, 1.0),
    ("delivery_blind", "nl"): (1.0, 1.0, 1.0),
    ("delivery_blind", "pt"): (1.0, 1.0, 1.0),
    ("delivery_blind", "ru"): (1.0, 1.0, 1.0),
    ("delivery_blind", "th"): (1.0, 1.0, 1.0),
    ("delivery_blind", "vi"): (1.0, 1.0, 1.0),
    ("delivery_blind", "zh"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "de"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "en"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "es"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "fr"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "hi"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "id"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "it"): (1.0, 0.833, 1.0),
    ("hospitality_blind", "ja"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "ko"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "nl"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "pt"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "ru"): (1.0, 0.833, 1.0),
    ("hospitality_blind", "th"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "vi"): (1.0, 1.0, 1.0),
    ("hospitality_blind", "zh"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "de"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "en"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "es"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "fr"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "hi"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "id"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "it"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "ja"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "ko"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "nl"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "pt"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "ru"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "th"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "vi"): (1.0, 1.0, 1.0),
    ("outdoors_blind", "zh"): (1.0, 1.0, 1.0),
    ("festivals_blind", "de"): (1.0, 1.0, 1.0),
    ("festivals_blind", "en"): (1.0, 1.0, 1.0),
    ("festivals_blind", "es"): (1.0, 1.0, 1.0),
    ("festivals_blind", "fr"): (1.0, 1.0, 1.0),
    ("festivals_blind", "hi"): (1.0, 1.0, 1.0),
    ("festivals_blind", "id"): (1.0, 1.0, 1.0),
    ("festivals_blind", "it"): (1.0, 0.833, 1.0),
    ("festivals_blind", "ja"): (1.0, 1.0, 1.0),
    ("festivals_blind", "ko"): (1.0, 1.0, 1.0),
    ("festivals_blind", "nl"): (1.0, 1.0, 1.0),
    ("festivals_blind", "pt"): (1.0, 0.666, 1.0),
    ("festivals_blind", "ru"): (1.0, 1.0, 1.0),
    ("festivals_blind", "th"): (1.0, 1.0, 1.0),
    ("festivals_blind", "vi"): (1.0, 1.0, 1.0),
    ("festivals_blind", "zh"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "de"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "en"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "es"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "fr"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "hi"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "id"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "it"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "ja"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "ko"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "nl"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "pt"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "ru"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "th"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "vi"): (1.0, 1.0, 1.0),
    ("language_exchange_blind", "zh"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "de"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "en"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "es"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "fr"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "hi"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "id"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "it"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "ja"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "ko"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "nl"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "pt"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "ru"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "th"): (1.0, 1.0, 1.0),
    ("nightlife_blind", "vi"): (0.833, 1.0, 1.0),
    ("nightlife_blind", "zh"): (1.0, 1.0, 1.0),
    ("fashion_blind", "de"): (1.0, 1.0, 1.0),
    ("fashion_blind", "en"): (1.0, 1.0, 1.0),
    ("fashion_blind", "es"): (1.0, 1.0, 1.0),
    ("fashion_blind", "fr"): (1.0, 1.0, 1.0),
    ("fashion_blind", "hi"): (1.0, 1.0, 1.0),
    ("fashion_blind", "id"): (1.0, 1.0, 1.0),
    ("fashion_blind", "it"): (1.0, 1.0, 1.0),
    ("fashion_blind", "ja"): (1.0, 1.0, 1.0),
    ("fashion_blind", "ko"): (1.0, 1.0, 1.0),
    ("fashion_blind", "nl"): (1.0, 1.0, 1.0),
    ("fashion_blind", "pt"): (1.0, 1.0, 1.0),
    ("fashion_blind", "ru"): (1.0, 1.0, 1.0),
    ("fashion_blind", "th"): (1.0, 1.0, 1.0),
    ("fashion_blind", "vi"): (0.833, 1.0, 1.0),
    ("fashion_blind", "zh"): (1.0, 1.0, 1.0),
    ("farming_blind", "de"): (1.0, 1.0, 1.0),
    ("farming_blind", "en"): (1.0, 1.0, 1.0),
    ("farming_blind", "es"): (1.0, 1.0, 1.0),
    ("farming_blind", "fr"): (1.0, 0.833, 1.0),
    ("farming_blind", "hi"): (1.0, 1.0, 1.0),
    ("farming_blind", "id"): (1.0, 1.0, 1.0),
    ("farming_blind", "it"): (1.0, 0.833, 1.0),
    ("farming_blind", "ja"): (1.0, 1.0, 1.0),
    ("farming_blind", "ko"): (1.0, 1.0, 1.0),
    ("farming_blind", "nl"): (1.0, 1.0, 1.0),
    ("farming_blind", "pt"): (1.0, 1.0, 1.0),
    ("farming_blind", "ru"): (1.0, 1.0, 1.0),
    ("farming_blind", "th"): (1.0, 1.0, 1.0),
    ("farming_blind", "vi"): (1.0, 1.0, 1.0),
    ("farming_blind", "zh"): (1.0, 1.0, 1.0),
    ("influencers_blind", "de"): (1.0, 1.0, 1.0),
    ("influencers_blind", "en"): (1.0, 1.0, 1.0),
    ("influencers_blind", "es"): (1.0, 1.0, 1.0),
    ("influencers_blind", "fr"): (1.0, 1.0, 1.0),
    ("influencers_blind", "hi"): (1.0, 0.833, 1.0),
    ("influencers_blind", "id"): (1.0, 1.0, 1.0),
    ("influencers_blind", "it"): (1.0, 0.833, 0.833),
    ("influencers_blind", "ja"): (1.0, 0.833, 1.0),
    ("influencers_blind", "ko"): (1.0, 1.0, 1.0),
    ("influencers_blind", "nl"): (1.0, 1.0, 1.0),
    ("influencers_blind", "pt"): (1.0, 1.0, 1.0),
    ("influencers_blind", "ru"): (1.0, 1.0, 1.0),
    ("influencers_blind", "th"): (1.0, 1.0, 1.0),
    ("influencers_blind", "vi"): (0.833, 0.833, 0.833),
    ("influencers_blind", "zh"): (1.0, 1.0, 1.0),
    ("photography_blind", "de"): (1.0, 1.0, 1.0),
    ("photography_blind", "en"): (1.0, 1.0, 1.0),
    ("photography_blind", "es"): (1.0, 1.0, 1.0),
    ("photography_blind", "fr"): (1.0, 1.0, 1.0),
    ("photography_blind", "hi"): (1.0, 1.0, 1.0),
    ("photography_blind", "id"): (1.0, 1.0, 1.0),
    ("photography_blind", "it"): (1.0, 1.0, 1.0),
    ("photography_blind", "ja"): (1.0, 1.0, 1.0),
    ("photography_blind", "ko"): (1.0, 1.0, 1.0),
    ("photography_blind", "nl"): (1.0, 1.0, 1.0),
    ("photography_blind", "pt"): (1.0, 1.0, 1.0),
    ("photography_blind", "ru"): (1.0, 1.0, 1.0),
    ("photography_blind", "th"): (1.0, 1.0, 1.0),
    ("photography_blind", "vi"): (1.0, 1.0, 1.0),
    ("photography_blind", "zh"): (1.0, 1.0, 1.0),
    ("crafts_blind", "de"): (1.0, 1.0, 1.0),
    ("crafts_blind", "en"): (1.0, 1.0, 1.0),
    ("crafts_blind", "es"): (1.0, 1.0, 1.0),
    ("crafts_blind", "fr"): (1.0, 1.0, 1.0),
    ("crafts_blind", "hi"): (1.0, 1.0, 1.0),
    ("crafts_blind", "id"): (1.0, 0.833, 1.0),
    ("crafts_blind", "it"): (1.0, 1.0, 1.0),
    ("crafts_blind", "ja"): (1.0, 1.0, 1.0),
    ("crafts_blind", "ko"): (1.0, 1.0, 1.0),
    ("crafts_blind", "nl"): (1.0, 1.0, 1.0),
    ("crafts_blind", "pt"): (1.0, 1.0, 1.0),
    ("crafts_blind", "ru"): (1.0, 1.0, 1.0),
    ("crafts_blind", "th"): (1.0, 1.0, 1.0),
    ("crafts_blind", "vi"): (0.833, 1.0, 0.833),
    ("crafts_blind", "zh"): (1.0, 1.0, 1.0),
    ("immigration_blind", "de"): (1.0, 1.0, 1.0),
    ("immigration_blind", "en"): (1.0, 1.0, 1.0),
    ("immigration_blind", "es"): (1.0, 1.0, 1.0),
    ("immigration_blind", "fr"): (1.0, 1.0, 1.0),
    ("immigration_blind", "hi"): (1.0, 1.0, 1.0),
    ("immigration_blind", "id"): (1.0, 1.0, 1.0),
    ("immigration_blind", "it"): (1.0, 1.0, 1.0),
    ("immigration_blind", "ja"): (1.0, 1.0, 1.0),
    ("immigration_blind", "ko"): (1.0, 1.0, 1.0),
    ("immigration_blind", "nl"): (1.0, 1.0, 1.0),
    ("immigration_blind", "pt"): (1.0, 1.0, 1.0),
    ("immigration_blind", "ru"): (1.0, 1.0, 1.0),
    ("immigration_blind", "th"): (1.0, 1.0, 1.0),
    ("immigration_blind", "vi"): (0.833, 0.833, 0.833),
    ("immigration_blind", "zh"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "de"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "en"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "es"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "fr"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "hi"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "id"): (1.0, 0.833, 1.0),
    ("hospital_staff_blind", "it"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "ja"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "ko"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "nl"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "pt"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "ru"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "th"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "vi"): (1.0, 1.0, 1.0),
    ("hospital_staff_blind", "zh"): (1.0, 0.833, 0.833),
    ("tabletop_blind", "de"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "en"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "es"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "fr"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "hi"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "id"): (1.0, 0.833, 1.0),
    ("tabletop_blind", "it"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "ja"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "ko"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "nl"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "pt"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "ru"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "th"): (1.0, 1.0, 1.0),
    ("tabletop_blind", "vi"): (0.833, 1.0, 0.833),
    ("tabletop_blind", "zh"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "de"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "en"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "es"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "fr"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "hi"): (1.0, 0.666, 0.666),
    ("fundraising_blind", "id"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "it"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "ja"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "ko"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "nl"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "pt"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "ru"): (1.0, 0.833, 1.0),
    ("fundraising_blind", "th"): (1.0, 1.0, 1.0),
    ("fundraising_blind", "vi"): (0.833, 1.0, 0.833),
    ("fundraising_blind", "zh"): (1.0, 1.0, 1.0),
    ("insurance_blind", "de"): (1.0, 1.0, 1.0),
    ("insurance_blind", "en"): (1.0, 1.0, 1.0),
    ("insurance_blind", "es"): (1.0, 0.833, 1.0),
    ("insurance_blind", "fr"): (1.0, 1.0, 1.0),
    ("insurance_blind", "hi"): (1.0, 0.833, 1.0),
    ("insurance_blind", "id"): (1.0, 0.833, 1.0),
    ("insurance_blind", "it"): (1.0, 1.0, 1.0),
    ("insurance_blind", "ja"): (1.0, 1.0, 1.0),
    ("insurance_blind", "ko"): (1.0, 1.0, 1.0),
    ("insurance_blind", "nl"): (1.0, 1.0, 1.0),
    ("insurance_blind", "pt"): (1.0, 1.0, 1.0),
    ("insurance_blind", "ru"): (1.0, 1.0, 1.0),
    ("insurance_blind", "th"): (1.0, 1.0, 1.0),
    ("insurance_blind", "vi"): (0.833, 0.833, 0.833),
    ("insurance_blind", "zh"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "de"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "en"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "es"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "fr"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "hi"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "id"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "it"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "ja"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "ko"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "nl"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "pt"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "ru"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "th"): (1.0, 1.0, 1.0),
    ("gym_coach_blind", "vi"): (0.833, 1.0, 1.0),
    ("gym_coach_blind", "zh"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "de"): (1.0, 0.833, 1.0),
    ("legal_neighbours_blind", "en"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "es"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "fr"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "hi"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "id"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "it"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "ja"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "ko"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "nl"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "pt"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "ru"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "th"): (1.0, 1.0, 1.0),
    ("legal_neighbours_blind", "vi"): (1.0, 0.833, 1.0),
    ("legal_neighbours_blind", "zh"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "de"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "en"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "es"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "fr"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "hi"): (1.0, 0.833, 0.833),
    ("school_chat_blind", "id"): (1.0, 0.833, 1.0),
    ("school_chat_blind", "it"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "ja"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "ko"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "nl"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "pt"): (1.0, 0.833, 1.0),
    ("school_chat_blind", "ru"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "th"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "vi"): (1.0, 1.0, 1.0),
    ("school_chat_blind", "zh"): (1.0, 0.833, 1.0),
    ("techsupport_blind", "de"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "en"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "es"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "fr"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "hi"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "id"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "it"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "ja"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "ko"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "nl"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "pt"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "ru"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "th"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "vi"): (1.0, 1.0, 1.0),
    ("techsupport_blind", "zh"): (1.0, 1.0, 1.0),
    ("commute_blind", "de"): (1.0, 1.0, 1.0),
    ("commute_blind", "en"): (1.0, 1.0, 1.0),
    ("commute_blind", "es"): (1.0, 1.0, 1.0),
    ("commute_blind", "fr"): (1.0, 1.0, 1.0),
    ("commute_blind", "hi"): (1.0, 1.0, 1.0),
    ("commute_blind", "id"): (1.0, 1.0, 1.0),
    ("commute_blind", "it"): (1.0, 0.833, 1.0),
    ("commute_blind", "ja"): (1.0, 1.0, 1.0),
    ("commute_blind", "ko"): (1.0, 1.0, 1.0),
    ("commute_blind", "nl"): (1.0, 1.0, 1.0),
    ("commute_blind", "pt"): (1.0, 1.0, 1.0),
    ("commute_blind", "ru"): (1.0, 1.0, 1.0),
    ("commute_blind", "th"): (1.0, 1.0, 1.0),
    ("commute_blind", "vi"): (1.0, 1.0, 1.0),
    ("commute_blind", "zh"): (1.0, 1.0, 1.0),
    ("freelance_blind", "de"): (1.0, 0.666, 0.833),
    ("freelance_blind", "en"): (1.0, 1.0, 1.0),
    ("freelance_blind", "es"): (1.0, 0.833, 1.0),
    ("freelance_blind", "fr"): (1.0, 1.0, 1.0),
    ("freelance_blind", "hi"): (1.0, 1.0, 1.0),
    ("freelance_blind", "id"): (1.0, 1.0, 1.0),
    ("freelance_blind", "it"): (1.0, 1.0, 1.0),
    ("freelance_blind", "ja"): (1.0, 1.0, 1.0),
    ("freelance_blind", "ko"): (1.0, 1.0, 1.0),
    ("freelance_blind", "nl"): (1.0, 1.0, 1.0),
    ("freelance_blind", "pt"): (1.0, 1.0, 1.0),
    ("freelance_blind", "ru"): (1.0, 0.833, 1.0),
    ("freelance_blind", "th"): (1.0, 1.0, 1.0),
    ("freelance_blind", "vi"): (1.0, 1.0, 1.0),
    ("freelance_blind", "zh"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "de"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "en"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "es"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "fr"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "hi"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "id"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "it"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "ja"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "ko"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "nl"): (1.0, 0.833, 0.833),
    ("bookclub_blind", "pt"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "ru"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "th"): (1.0, 1.0, 1.0),
    ("bookclub_blind", "vi"): (0.833, 1.0, 0.833),
    ("bookclub_blind", "zh"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "de"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "en"): (1.0, 0.833, 1.0),
    ("elder_care_blind", "es"): (1.0, 0.833, 0.833),
    ("elder_care_blind", "fr"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "hi"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "id"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "it"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "ja"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "ko"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "nl"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "pt"): (1.0, 0.833, 1.0),
    ("elder_care_blind", "ru"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "th"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "vi"): (1.0, 1.0, 1.0),
    ("elder_care_blind", "zh"): (1.0, 1.0, 1.0),
    ("music_blind", "de"): (1.0, 1.0, 1.0),
    ("music_blind", "en"): (1.0, 0.833, 1.0),
    ("music_blind", "es"): (1.0, 1.0, 1.0),
    ("music_blind", "fr"): (1.0, 0.833, 0.833),
    ("music_blind", "hi"): (1.0, 1.0, 1.0),
    ("music_blind", "id"): (1.0, 1.0, 1.0),
    ("music_blind", "it"): (1.0, 1.0, 1.0),
    ("music_blind", "ja"): (1.0, 1.0, 1.0),
    ("music_blind", "ko"): (1.0, 1.0, 1.0),
    ("music_blind", "nl"): (1.0, 1.0, 1.0),
    ("music_blind", "pt"): (1.0, 1.0, 1.0),
    ("music_blind", "ru"): (1.0, 1.0, 1.0),
    ("music_blind", "th"): (1.0, 1.0, 1.0),
    ("music_blind", "vi"): (0.833, 1.0, 1.0),
    ("music_blind", "zh"): (1.0, 1.0, 1.0),
    ("weddings_blind", "de"): (1.0, 1.0, 1.0),
    ("weddings_blind", "en"): (1.0, 1.0, 1.0),
    ("weddings_blind", "es"): (1.0, 1.0, 1.0),
    ("weddings_blind", "fr"): (1.0, 1.0, 1.0),
    ("weddings_blind", "hi"): (1.0, 1.0, 1.0),
    ("weddings_blind", "id"): (1.0, 1.0, 1.0),
    ("weddings_blind", "it"): (1.0, 0.666, 1.0),
    ("weddings_blind", "ja"): (1.0, 1.0, 1.0),
    ("weddings_blind", "ko"): (1.0, 1.0, 1.0),
    ("weddings_blind", "nl"): (1.0, 1.0, 1.0),
    ("weddings_blind", "pt"): (1.0, 1.0, 1.0),
    ("weddings_blind", "ru"): (1.0, 1.0, 1.0),
    ("weddings_blind", "th"): (1.0, 1.0, 1.0),
    ("weddings_blind", "vi"): (1.0, 1.0, 1.0),
    ("weddings_blind", "zh"): (1.0, 1.0, 1.0),
    ("civic_blind", "de"): (1.0, 1.0, 1.0),
    ("civic_blind", "en"): (1.0, 1.0, 1.0),
    ("civic_blind", "es"): (1.0, 0.833, 1.0),
    ("civic_blind", "fr"): (1.0, 1.0, 1.0),
    ("civic_blind", "hi"): (1.0, 0.833, 0.833),
    ("civic_blind", "id"): (1.0, 1.0, 1.0),
    ("civic_blind", "it"): (1.0, 1.0, 1.0),
    ("civic_blind", "ja"): (1.0, 1.0, 1.0),
    ("civic_blind", "ko"): (1.0, 1.0, 1.0),
    ("civic_blind", "nl"): (1.0, 1.0, 1.0),
    ("civic_blind", "pt"): (1.0, 1.0, 1.0),
    ("civic_blind", "ru"): (1.0, 1.0, 1.0),
    ("civic_blind", "th"): (1.0, 1.0, 1.0),
    ("civic_blind", "vi"): (1.0, 1.0, 1.0),
    ("civic_blind", "zh"): (1.0, 1.0, 1.0),
    ("gardening_blind", "de"): (1.0, 1.0, 1.0),
    ("gardening_blind", "en"): (1.0, 1.0, 1.0),
    ("gardening_blind", "es"): (1.0, 1.0, 1.0),
    ("gardening_blind", "fr"): (1.0, 1.0, 1.0),
    ("gardening_blind", "hi"): (1.0, 1.0, 1.0),
    ("gardening_blind", "id"): (1.0, 1.0, 1.0),
    ("gardening_blind", "it"): (1.0, 1.0, 1.0),
    ("gardening_blind", "ja"): (1.0, 1.0, 1.0),
    ("gardening_blind", "ko"): (1.0, 1.0, 1.0),
    ("gardening_blind", "nl"): (1.0, 0.833, 1.0),
    ("gardening_blind", "pt"): (1.0, 1.0, 1.0),
    ("gardening_blind", "ru"): (1.0, 0.833, 1.0),
    ("gardening_blind", "th"): (1.0, 1.0, 1.0),
    ("gardening_blind", "vi"): (1.0, 1.0, 1.0),
    ("gardening_blind", "zh"): (1.0, 1.0, 1.0),
    ("worship_blind", "de"): (1.0, 1.0, 1.0),
    ("worship_blind", "en"): (1.0, 1.0, 1.0),
    ("worship_blind", "es"): (1.0, 1.0, 1.0),
    ("worship_blind", "fr"): (1.0, 0.833, 0.833),
    ("worship_blind", "hi"): (1.0, 1.0, 1.0),
    ("worship_blind", "id"): (1.0, 1.0, 1.0),
    ("worship_blind", "it"): (1.0, 0.833, 1.0),
    ("worship_blind", "ja"): (1.0, 1.0, 1.0),
    ("worship_blind", "ko"): (1.0, 1.0, 1.0),
    ("worship_blind", "nl"): (1.0, 1.0, 1.0),
    ("worship_blind", "pt"): (1.0, 1.0, 1.0),
    ("worship_blind", "ru"): (1.0, 1.0, 1.0),
    ("worship_blind", "th"): (1.0, 1.0, 1.0),
    ("worship_blind", "vi"): (1.0, 1.0, 1.0),
    ("worship_blind", "zh"): (1.0, 1.0, 1.0),
    ("cinema_blind", "de"): (1.0, 0.833, 0.833),
    ("cinema_blind", "en"): (1.0, 1.0, 1.0),
    ("cinema_blind", "es"): (1.0, 1.0, 1.0),
    ("cinema_blind", "fr"): (1.0, 1.0, 1.0),
    ("cinema_blind", "hi"): (1.0, 1.0, 1.0),
    ("cinema_blind", "id"): (1.0, 0.833, 1.0),
    ("cinema_blind", "it"): (1.0, 1.0, 1.0),
    ("cinema_blind", "ja"): (1.0, 1.0, 1.0),
    ("cinema_blind", "ko"): (1.0, 1.0, 1.0),
    ("cinema_blind", "nl"): (1.0, 1.0, 1.0),
    ("cinema_blind", "pt"): (1.0, 0.833, 1.0),
    ("cinema_blind", "ru"): (1.0, 0.833, 1.0),
    ("cinema_blind", "th"): (1.0, 1.0, 1.0),
    ("cinema_blind", "vi"): (1.0, 0.833, 1.0),
    ("cinema_blind", "zh"): (1.0, 1.0, 1.0),
    ("dental_blind", "de"): (1.0, 0.833, 1.0),
    ("dental_blind", "en"): (1.0, 1.0, 1.0),
    ("dental_blind", "es"): (1.0, 1.0, 1.0),
    ("dental_blind", "fr"): (1.0, 1.0, 1.0),
    ("dental_blind", "hi"): (1.0, 0.833, 1.0),
    ("dental_blind", "id"): (1.0, 1.0, 1.0),
    ("dental_blind", "it"): (1.0, 1.0, 1.0),
    ("dental_blind", "ja"): (1.0, 1.0, 1.0),
    ("dental_blind", "ko"): (1.0, 1.0, 1.0),
    ("dental_blind", "nl"): (1.0, 0.833, 1.0),
    ("dental_blind", "pt"): (1.0, 1.0, 1.0),
    ("dental_blind", "ru"): (1.0, 1.0, 1.0),
    ("dental_blind", "th"): (1.0, 1.0, 1.0),
    ("dental_blind", "vi"): (1.0, 1.0, 1.0),
    ("dental_blind", "zh"): (1.0, 1.0, 1.0),
    ("startups_blind", "de"): (1.0, 1.0, 1.0),
    ("startups_blind", "en"): (1.0, 1.0, 1.0),
    ("startups_blind", "es"): (1.0, 1.0, 1.0),
    ("startups_blind", "fr"): (1.0, 1.0, 1.0),
    ("startups_blind", "hi"): (1.0, 1.0, 1.0),
    ("startups_blind", "id"): (1.0, 1.0, 1.0),
    ("startups_blind", "it"): (1.0, 1.0, 1.0),
    ("startups_blind", "ja"): (1.0, 1.0, 1.0),
    ("startups_blind", "ko"): (1.0, 1.0, 1.0),
    ("startups_blind", "nl"): (1.0, 1.0, 1.0),
    ("startups_blind", "pt"): (1.0, 1.0, 1.0),
    ("startups_blind", "ru"): (1.0, 1.0, 1.0),
    ("startups_blind", "th"): (1.0, 1.0, 1.0),
    ("startups_blind", "vi"): (1.0, 0.833, 1.0),
    ("startups_blind", "zh"): (1.0, 1.0, 1.0),
    ("airlines_blind", "de"): (1.0, 1.0, 1.0),
    ("airlines_blind", "en"): (1.0, 0.833, 0.833),
    ("airlines_blind", "es"): (1.0, 1.0, 1.0),
    ("airlines_blind", "fr"): (1.0, 1.0, 1.0),
    ("airlines_blind", "hi"): (1.0, 0.833, 0.833),
    ("airlines_blind", "id"): (1.0, 1.0, 1.0),
    ("airlines_blind", "it"): (1.0, 1.0, 1.0),
    ("airlines_blind", "ja"): (1.0, 1.0, 1.0),
    ("airlines_blind", "ko"): (1.0, 1.0, 1.0),
    ("airlines_blind", "nl"): (1.0, 0.833, 0.833),
    ("airlines_blind", "pt"): (1.0, 1.0, 1.0),
    ("airlines_blind", "ru"): (1.0, 1.0, 1.0),
    ("airlines_blind", "th"): (1.0, 1.0, 1.0),
    ("airlines_blind", "vi"): (1.0, 1.0, 1.0),
    ("airlines_blind", "zh"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "de"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "en"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "es"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "fr"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "hi"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "id"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "it"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "ja"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "ko"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "nl"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "pt"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "ru"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "th"): (1.0, 1.0, 1.0),
    ("pharmacy_blind", "vi"): (0.833, 1.0, 0.833),
    ("pharmacy_blind", "zh"): (1.0, 1.0, 1.0),
    ("trades_blind", "de"): (1.0, 1.0, 1.0),
    ("trades_blind", "en"): (1.0, 1.0, 1.0),
    ("trades_blind", "es"): (1.0, 1.0, 1.0),
    ("trades_blind", "fr"): (1.0, 0.833, 0.833),
    ("trades_blind", "hi"): (1.0, 1.0, 1.0),
    ("trades_blind", "id"): (1.0, 1.0, 1.0),
    ("trades_blind", "it"): (1.0, 0.833, 1.0),
    ("trades_blind", "ja"): (1.0, 1.0, 1.0),
    ("trades_blind", "ko"): (1.0, 1.0, 1.0),
    ("trades_blind", "nl"): (1.0, 0.833, 0.833),
    ("trades_blind", "pt"): (1.0, 1.0, 1.0),
    ("trades_blind", "ru"): (1.0, 1.0, 1.0),
    ("trades_blind", "th"): (1.0, 1.0, 1.0),
    ("trades_blind", "vi"): (1.0, 1.0, 1.0),
    ("trades_blind", "zh"): (1.0, 1.0, 1.0),
    ("streaming_blind", "de"): (1.0, 1.0, 1.0),
    ("streaming_blind", "en"): (1.0, 1.0, 1.0),
    ("streaming_blind", "es"): (1.0, 1.0, 1.0),
    ("streaming_blind", "fr"): (1.0, 1.0, 1.0),
    ("streaming_blind", "hi"): (1.0, 1.0, 1.0),
    ("streaming_blind", "id"): (1.0, 1.0, 1.0),
    ("streaming_blind", "it"): (1.0, 0.833, 1.0),
    ("streaming_blind", "ja"): (1.0, 1.0, 1.0),
    ("streaming_blind", "ko"): (1.0, 1.0, 1.0),
    ("streaming_blind", "nl"): (1.0, 1.0, 1.0),
    ("streaming_blind", "pt"): (1.0, 0.833, 1.0),
    ("streaming_blind", "ru"): (1.0, 1.0, 1.0),
    ("streaming_blind", "th"): (1.0, 1.0, 1.0),
    ("streaming_blind", "vi"): (1.0, 1.0, 1.0),
    ("streaming_blind", "zh"): (1.0, 1.0, 1.0),
    ("tourism_blind", "de"): (1.0, 1.0, 1.0),
    ("tourism_blind", "en"): (1.0, 1.0, 1.0),
    ("tourism_blind", "es"): (1.0, 1.0, 1.0),
    ("tourism_blind", "fr"): (1.0, 1.0, 1.0),
    ("tourism_blind", "hi"): (1.0, 1.0, 1.0),
    ("tourism_blind", "id"): (1.0, 1.0, 1.0),
    ("tourism_blind", "it"): (1.0, 1.0, 1.0),
    ("tourism_blind", "ja"): (1.0, 1.0, 1.0),
    ("tourism_blind", "ko"): (1.0, 1.0, 1.0),
    ("tourism_blind", "nl"): (1.0, 1.0, 1.0),
    ("tourism_blind", "pt"): (1.0, 0.833, 1.0),
    ("tourism_blind", "ru"): (1.0, 1.0, 1.0),
    ("tourism_blind", "th"): (1.0, 1.0, 1.0),
    ("tourism_blind", "vi"): (1.0, 1.0, 1.0),
    ("tourism_blind", "zh"): (1.0, 0.833, 0.833),
    ("volunteering_blind", "de"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "en"): (1.0, 0.833, 1.0),
    ("volunteering_blind", "es"): (1.0, 0.833, 1.0),
    ("volunteering_blind", "fr"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "hi"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "id"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "it"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "ja"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "ko"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "nl"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "pt"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "ru"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "th"): (1.0, 1.0, 1.0),
    ("volunteering_blind", "vi"): (0.833, 1.0, 1.0),
    ("volunteering_blind", "zh"): (1.0, 1.0, 1.0),
    ("reviews_blind", "de"): (1.0, 1.0, 1.0),
    ("reviews_blind", "en"): (1.0, 1.0, 1.0),
    ("reviews_blind", "es"): (1.0, 1.0, 1.0),
    ("reviews_blind", "fr"): (1.0, 1.0, 1.0),
    ("reviews_blind", "hi"): (1.0, 0.833, 0.833),
    ("reviews_blind", "id"): (1.0, 0.833, 1.0),
    ("reviews_blind", "it"): (1.0, 0.833, 1.0),
    ("reviews_blind", "ja"): (1.0, 1.0, 1.0),
    ("reviews_blind", "ko"): (1.0, 1.0, 1.0),
    ("reviews_blind", "nl"): (1.0, 1.0, 1.0),
    ("reviews_blind", "pt"): (1.0, 1.0, 1.0),
    ("reviews_blind", "ru"): (1.0, 1.0, 1.0),
    ("reviews_blind", "th"): (1.0, 1.0, 1.0),
    ("reviews_blind", "vi"): (0.833, 1.0, 0.833),
    ("reviews_blind", "zh"): (1.0, 1.0, 1.0),
    ("telecom_blind", "de"): (1.0, 1.0, 1.0),
    ("telecom_blind", "en"): (1.0, 1.0, 1.0),
    ("telecom_blind", "es"): (1.0, 1.0, 1.0),
    ("telecom_blind", "fr"): (1.0, 0.833, 1.0),
    ("telecom_blind", "hi"): (1.0, 1.0, 1.0),
    ("telecom_blind", "id"): (1.0, 0.833, 1.0),
    ("telecom_blind", "it"): (1.0, 1.0, 1.0),
    ("telecom_blind", "ja"): (1.0, 1.0, 1.0),
    ("telecom_blind", "ko"): (1.0, 1.0, 1.0),
    ("telecom_blind", "nl"): (1.0, 1.0, 1.0),
    ("telecom_blind", "pt"): (1.0, 0.833, 0.833),
    ("telecom_blind", "ru"): (1.0, 1.0, 1.0),
    ("telecom_blind", "th"): (1.0, 1.0, 1.0),
    ("telecom_blind", "vi"): (1.0, 1.0, 1.0),
    ("telecom_blind", "zh"): (1.0, 1.0, 1.0),
    ("childcare_blind", "de"): (1.0, 1.0, 1.0),
    ("childcare_blind", "en"): (1.0, 0.833, 0.833),
    ("childcare_blind", "es"): (1.0, 1.0, 1.0),
    ("childcare_blind", "fr"): (1.0, 0.833, 1.0),
    ("childcare_blind", "hi"): (1.0, 0.833, 0.833),
    ("childcare_blind", "id"): (1.0, 1.0, 1.0),
    ("childcare_blind", "it"): (1.0, 0.833, 1.0),
    ("childcare_blind", "ja"): (1.0, 1.0, 1.0),
    ("childcare_blind", "ko"): (1.0, 1.0, 1.0),
    ("childcare_blind", "nl"): (1.0, 1.0, 1.0),
    ("childcare_blind", "pt"): (1.0, 1.0, 1.0),
    ("childcare_blind", "ru"): (1.0, 1.0, 1.0),
    ("childcare_blind", "th"): (1.0, 1.0, 1.0),
    ("childcare_blind", "vi"): (1.0, 1.0, 1.0),
    ("childcare_blind", "zh"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "de"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "en"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "es"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "fr"): (1.0, 0.833, 0.833),
    ("real_estate_blind", "hi"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "id"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "it"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "ja"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "ko"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "nl"): (1.0, 0.833, 0.833),
    ("real_estate_blind", "pt"): (1.0, 0.833, 1.0),
    ("real_estate_blind", "ru"): (1.0, 0.833, 0.833),
    ("real_estate_blind", "th"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "vi"): (1.0, 1.0, 1.0),
    ("real_estate_blind", "zh"): (1.0, 1.0, 1.0),
    ("libraries_blind", "de"): (1.0, 1.0, 1.0),
    ("libraries_blind", "en"): (1.0, 1.0, 1.0),
    ("libraries_blind", "es"): (1.0, 1.0, 1.0),
    ("libraries_blind", "fr"): (1.0, 0.833, 1.0),
    ("libraries_blind", "hi"): (1.0, 1.0, 1.0),
    ("libraries_blind", "id"): (1.0, 1.0, 1.0),
    ("libraries_blind", "it"): (1.0, 1.0, 1.0),
    ("libraries_blind", "ja"): (1.0, 1.0, 1.0),
    ("libraries_blind", "ko"): (1.0, 1.0, 1.0),
    ("libraries_blind", "nl"): (1.0, 1.0, 1.0),
    ("libraries_blind", "pt"): (1.0, 0.666, 0.833),
    ("libraries_blind", "ru"): (1.0, 1.0, 1.0),
    ("libraries_blind", "th"): (1.0, 1.0, 1.0),
    ("libraries_blind", "vi"): (1.0, 1.0, 1.0),
    ("libraries_blind", "zh"): (1.0, 1.0, 1.0),
    ("museums_blind", "de"): (1.0, 1.0, 1.0),
    ("museums_blind", "en"): (1.0, 0.833, 1.0),
    ("museums_blind", "es"): (1.0, 0.833, 1.0),
    ("museums_blind", "fr"): (1.0, 1.0, 1.0),
    ("museums_blind", "hi"): (1.0, 1.0, 1.0),
    ("museums_blind", "id"): (1.0, 0.833, 1.0),
    ("museums_blind", "it"): (1.0, 1.0, 1.0),
    ("museums_blind", "ja"): (1.0, 1.0, 1.0),
    ("museums_blind", "ko"): (1.0, 1.0, 1.0),
    ("museums_blind", "nl"): (1.0, 1.0, 1.0),
    ("museums_blind", "pt"): (1.0, 1.0, 1.0),
    ("museums_blind", "ru"): (1.0, 1.0, 1.0),
    ("museums_blind", "th"): (1.0, 1.0, 1.0),
    ("museums_blind", "vi"): (1.0, 1.0, 1.0),
    ("museums_blind", "zh"): (1.0, 1.0, 1.0),
    ("weather_blind", "de"): (1.0, 1.0, 1.0),
    ("weather_blind", "en"): (1.0, 1.0, 1.0),
    ("weather_blind", "es"): (1.0, 0.833, 1.0),
    ("weather_blind", "fr"): (1.0, 1.0, 1.0),
    ("weather_blind", "hi"): (1.0, 1.0, 1.0),
    ("weather_blind", "id"): (1.0, 1.0, 1.0),
    ("weather_blind", "it"): (1.0, 0.833, 0.833),
    ("weather_blind", "ja"): (1.0, 1.0, 1.0),
    ("weather_blind", "ko"): (1.0, 1.0, 1.0),
    ("weather_blind", "nl"): (1.0, 1.0, 1.0),
    ("weather_blind", "pt"): (1.0, 1.0, 1.0),
    ("weather_blind", "ru"): (1.0, 1.0, 1.0),
    ("weather_blind", "th"): (1.0, 1.0, 1.0),
    ("weather_blind", "vi"): (0.833, 1.0, 0.833),
    ("weather_blind", "zh"): (1.0, 1.0, 1.0),
    ("waste_blind", "de"): (1.0, 1.0, 1.0),
    ("waste_blind", "en"): (1.0, 1.0, 1.0),
    ("waste_blind", "es"): (1.0, 1.0, 1.0),
    ("waste_blind", "fr"): (1.0, 1.0, 1.0),
    ("waste_blind", "hi"): (1.0, 1.0, 1.0),
    ("waste_blind", "id"): (1.0, 0.666, 1.0),
    ("waste_blind", "it"): (1.0, 1.0, 1.0),
    ("waste_blind", "ja"): (1.0, 1.0, 1.0),
    ("waste_blind", "ko"): (1.0, 1.0, 1.0),
    ("waste_blind", "nl"): (1.0, 1.0, 1.0),
    ("waste_blind", "pt"): (1.0, 0.833, 1.0),
    ("waste_blind", "ru"): (1.0, 0.833, 1.0),
    ("waste_blind", "th"): (1.0, 1.0, 1.0),
    ("waste_blind", "vi"): (1.0, 1.0, 1.0),
    ("waste_blind", "zh"): (1.0, 1.0, 1.0),
    ("cycling_blind", "de"): (1.0, 1.0, 1.0),
    ("cycling_blind", "en"): (1.0, 1.0, 1.0),
    ("cycling_blind", "es"): (1.0, 1.0, 1.0),
    ("cycling_blind", "fr"): (1.0, 1.0, 1.0),
    ("cycling_blind", "hi"): (1.0, 1.0, 1.0),
    ("cycling_blind", "id"): (1.0, 1.0, 1.0),
    ("cycling_blind", "it"): (1.0, 1.0, 1.0),
    ("cycling_blind", "ja"): (1.0, 1.0, 1.0),
    ("cycling_blind", "ko"): (1.0, 1.0, 1.0),
    ("cycling_blind", "nl"): (1.0, 1.0, 1.0),
    ("cycling_blind", "pt"): (1.0, 0.833, 0.833),
    ("cycling_blind", "ru"): (1.0, 1.0, 1.0),
    ("cycling_blind", "th"): (1.0, 1.0, 1.0),
    ("cycling_blind", "vi"): (1.0, 1.0, 1.0),
    ("cycling_blind", "zh"): (1.0, 1.0, 1.0),
    ("parking_blind", "de"): (1.0, 1.0, 1.0),
    ("parking_blind", "en"): (1.0, 1.0, 1.0),
    ("parking_blind", "es"): (1.0, 1.0, 1.0),
    ("parking_blind", "fr"): (1.0, 1.0, 1.0),
    ("parking_blind", "hi"): (1.0, 1.0, 1.0),
    ("parking_blind", "id"): (1.0, 1.0, 1.0),
    ("parking_blind", "it"): (1.0, 1.0, 1.0),
    ("parking_blind", "ja"): (1.0, 1.0, 1.0),
    ("parking_blind", "ko"): (1.0, 1.0, 1.0),
    ("parking_blind", "nl"): (1.0, 1.0, 1.0),
    ("parking_blind", "pt"): (1.0, 1.0, 1.0),
    ("parking_blind", "ru"): (1.0, 1.0, 1.0),
    ("parking_blind", "th"): (1.0, 1.0, 1.0),
    ("parking_blind", "vi"): (1.0, 1.0, 1.0),
    ("parking_blind", "zh"): (1.0, 1.0, 1.0),
    ("laundry_blind", "de"): (1.0, 1.0, 1.0),
    ("laundry_blind", "en"): (1.0, 1.0, 1.0),
    ("laundry_blind", "es"): (1.0, 1.0, 1.0),
    ("laundry_blind", "fr"): (1.0, 1.0, 1.0),
    ("laundry_blind", "hi"): (1.0, 1.0, 1.0),
    ("laundry_blind", "id"): (1.0, 1.0, 1.0),
    ("laundry_blind", "it"): (1.0, 1.0, 1.0),
    ("laundry_blind", "ja"): (1.0, 1.0, 1.0),
    ("laundry_blind", "ko"): (1.0, 1.0, 1.0),
    ("laundry_blind", "nl"): (1.0, 1.0, 1.0),
    ("laundry_blind", "pt"): (1.0, 1.0, 1.0),
    ("laundry_blind", "ru"): (1.0, 1.0, 1.0),
    ("laundry_blind", "th"): (1.0, 1.0, 1.0),
    ("laundry_blind", "vi"): (1.0, 1.0, 1.0),
    ("laundry_blind", "zh"): (1.0, 1.0, 1.0),
    ("fishing_blind", "de"): (1.0, 1.0, 1.0),
    ("fishing_blind", "en"): (1.0, 1.0, 1.0),
    ("fishing_blind", "es"): (1.0, 1.0, 1.0),
    ("fishing_blind", "fr"): (1.0, 1.0, 1.0),
    ("fishing_blind", "hi"): (1.0, 1.0, 1.0),
    ("fishing_blind", "id"): (1.0, 1.0, 1.0),
    ("fishing_blind", "it"): (1.0, 1.0, 1.0),
    ("fishing_blind", "ja"): (1.0, 1.0, 1.0),
    ("fishing_blind", "ko"): (1.0, 1.0, 1.0),
    ("fishing_blind", "nl"): (1.0, 1.0, 1.0),
    ("fishing_blind", "pt"): (1.0, 1.0, 1.0),
    ("fishing_blind", "ru"): (1.0, 1.0, 1.0),
    ("fishing_blind", "th"): (1.0, 1.0, 1.0),
    ("fishing_blind", "vi"): (1.0, 1.0, 1.0),
    ("fishing_blind", "zh"): (1.0, 1.0, 1.0),
    ("garages_blind", "de"): (1.0, 1.0, 1.0),
    ("garages_blind", "en"): (1.0, 0.833, 0.833),
    ("garages_blind", "es"): (1.0, 1.0, 1.0),
    ("garages_blind", "fr"): (1.0, 1.0, 1.0),
    ("garages_blind", "hi"): (1.0, 1.0, 1.0),
    ("garages_blind", "id"): (1.0, 1.0, 1.0),
    ("garages_blind", "it"): (1.0, 1.0, 1.0),
    ("garages_blind", "ja"): (1.0, 1.0, 1.0),
    ("garages_blind", "ko"): (1.0, 1.0, 1.0),
    ("garages_blind", "nl"): (1.0, 1.0, 1.0),
    ("garages_blind", "pt"): (1.0, 1.0, 1.0),
    ("garages_blind", "ru"): (1.0, 1.0, 1.0),
    ("garages_blind", "th"): (1.0, 1.0, 1.0),
    ("garages_blind", "vi"): (1.0, 1.0, 1.0),
    ("garages_blind", "zh"): (1.0, 1.0, 1.0),
    ("condolences_blind", "de"): (1.0, 1.0, 1.0),
    ("condolences_blind", "en"): (1.0, 1.0, 1.0),
    ("condolences_blind", "es"): (1.0, 0.833, 1.0),
    ("condolences_blind", "fr"): (1.0, 1.0, 1.0),
    ("condolences_blind", "hi"): (1.0, 1.0, 1.0),
    ("condolences_blind", "id"): (1.0, 1.0, 1.0),
    ("condolences_blind", "it"): (1.0, 1.0, 1.0),
    ("condolences_blind", "ja"): (1.0, 1.0, 1.0),
    ("condolences_blind", "ko"): (1.0, 1.0, 1.0),
    ("condolences_blind", "nl"): (1.0, 0.833, 0.833),
    ("condolences_blind", "pt"): (1.0, 1.0, 1.0),
    ("condolences_blind", "ru"): (1.0, 1.0, 1.0),
    ("condolences_blind", "th"): (1.0, 1.0, 1.0),
    ("condolences_blind", "vi"): (1.0, 1.0, 1.0),
    ("condolences_blind", "zh"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "de"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "en"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "es"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "fr"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "hi"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "id"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "it"): (1.0, 0.833, 0.833),
    ("lost_found_blind", "ja"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "ko"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "nl"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "pt"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "ru"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "th"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "vi"): (1.0, 1.0, 1.0),
    ("lost_found_blind", "zh"): (1.0, 1.0, 1.0),
    ("taxis_blind", "de"): (1.0, 1.0, 1.0),
    ("taxis_blind", "en"): (1.0, 1.0, 1.0),
    ("taxis_blind", "es"): (1.0, 1.0, 1.0),
    ("taxis_blind", "fr"): (1.0, 1.0, 1.0),
    ("taxis_blind", "hi"): (1.0, 1.0, 1.0),
    ("taxis_blind", "id"): (1.0, 1.0, 1.0),
    ("taxis_blind", "it"): (1.0, 1.0, 1.0),
    ("taxis_blind", "ja"): (1.0, 1.0, 1.0),
    ("taxis_blind", "ko"): (1.0, 1.0, 1.0),
    ("taxis_blind", "nl"): (1.0, 1.0, 1.0),
    ("taxis_blind", "pt"): (1.0, 1.0, 1.0),
    ("taxis_blind", "ru"): (1.0, 1.0, 1.0),
    ("taxis_blind", "th"): (1.0, 1.0, 1.0),
    ("taxis_blind", "vi"): (1.0, 1.0, 1.0),
    ("taxis_blind", "zh"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "de"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "en"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "es"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "fr"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "hi"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "id"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "it"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "ja"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "ko"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "nl"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "pt"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "ru"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "th"): (1.0, 1.0, 1.0),
    ("driving_schools_blind", "vi"): (0.833, 1.0, 0.833),
    ("driving_schools_blind", "zh"): (1.0, 1.0, 1.0),
    ("vets_blind", "de"): (1.0, 1.0, 1.0),
    ("vets_blind", "en"): (1.0, 1.0, 1.0),
    ("vets_blind", "es"): (1.0, 1.0, 1.0),
    ("vets_blind", "fr"): (1.0, 1.0, 1.0),
    ("vets_blind", "hi"): (1.0, 1.0, 1.0),
    ("vets_blind", "id"): (1.0, 1.0, 1.0),
    ("vets_blind", "it"): (1.0, 1.0, 1.0),
    ("vets_blind", "ja"): (1.0, 1.0, 1.0),
    ("vets_blind", "ko"): (1.0, 1.0, 1.0),
    ("vets_blind", "nl"): (1.0, 1.0, 1.0),
    ("vets_blind", "pt"): (1.0, 1.0, 1.0),
    ("vets_blind", "ru"): (1.0, 1.0, 1.0),
    ("vets_blind", "th"): (1.0, 1.0, 1.0),
    ("vets_blind", "vi"): (0.833, 0.833, 1.0),
    ("vets_blind", "zh"): (1.0, 1.0, 1.0),
    ("swimming_blind", "de"): (1.0, 1.0, 1.0),
    ("swimming_blind", "en"): (1.0, 1.0, 1.0),
    ("swimming_blind", "es"): (1.0, 1.0, 1.0),
    ("swimming_blind", "fr"): (1.0, 1.0, 1.0),
    ("swimming_blind", "hi"): (1.0, 0.833, 1.0),
    ("swimming_blind", "id"): (1.0, 0.833, 1.0),
    ("swimming_blind", "it"): (1.0, 1.0, 1.0),
    ("swimming_blind", "ja"): (1.0, 1.0, 1.0),
    ("swimming_blind", "ko"): (1.0, 1.0, 1.0),
    ("swimming_blind", "nl"): (1.0, 1.0, 1.0),
    ("swimming_blind", "pt"): (1.0, 1.0, 1.0),
    ("swimming_blind", "ru"): (1.0, 1.0, 1.0),
    ("swimming_blind", "th"): (1.0, 1.0, 1.0),
    ("swimming_blind", "vi"): (1.0, 1.0, 1.0),
    ("swimming_blind", "zh"): (1.0, 1.0, 1.0),
    ("camping_blind", "de"): (1.0, 1.0, 1.0),
    ("camping_blind", "en"): (1.0, 1.0, 1.0),
    ("camping_blind", "es"): (1.0, 1.0, 1.0),
    ("camping_blind", "fr"): (1.0, 1.0, 1.0),
    ("camping_blind", "hi"): (1.0, 1.0, 1.0),
    ("camping_blind", "id"): (1.0, 1.0, 1.0),
    ("camping_blind", "it"): (1.0, 1.0, 1.0),
    ("camping_blind", "ja"): (1.0, 1.0, 1.0),
    ("camping_blind", "ko"): (1.0, 1.0, 1.0),
    ("camping_blind", "nl"): (1.0, 1.0, 1.0),
    ("camping_blind", "pt"): (1.0, 0.833, 1.0),
    ("camping_blind", "ru"): (1.0, 1.0, 1.0),
    ("camping_blind", "th"): (1.0, 1.0, 1.0),
    ("camping_blind", "vi"): (1.0, 1.0, 1.0),
    ("camping_blind", "zh"): (1.0, 1.0, 1.0),
    ("diy_blind", "de"): (1.0, 1.0, 1.0),
    ("diy_blind", "en"): (1.0, 0.833, 0.833),
    ("diy_blind", "es"): (1.0, 0.833, 1.0),
    ("diy_blind", "fr"): (1.0, 1.0, 1.0),
    ("diy_blind", "hi"): (1.0, 1.0, 1.0),
    ("diy_blind", "id"): (1.0, 1.0, 1.0),
    ("diy_blind", "it"): (1.0, 1.0, 1.0),
    ("diy_blind", "ja"): (1.0, 1.0, 1.0),
    ("diy_blind", "ko"): (1.0, 1.0, 1.0),
    ("diy_blind", "nl"): (1.0, 1.0, 1.0),
    ("diy_blind", "pt"): (1.0, 1.0, 1.0),
    ("diy_blind", "ru"): (1.0, 1.0, 1.0),
    ("diy_blind", "th"): (1.0, 1.0, 1.0),
    ("diy_blind", "vi"): (1.0, 1.0, 1.0),
    ("diy_blind", "zh"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "de"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "en"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "es"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "fr"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "hi"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "id"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "it"): (1.0, 0.833, 1.0),
    ("birthdays_blind", "ja"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "ko"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "nl"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "pt"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "ru"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "th"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "vi"): (1.0, 1.0, 1.0),
    ("birthdays_blind", "zh"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "de"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "en"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "es"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "fr"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "hi"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "id"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "it"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "ja"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "ko"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "nl"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "pt"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "ru"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "th"): (1.0, 1.0, 1.0),
    ("bakeries_blind", "vi"): (0.833, 1.0, 0.833),
    ("bakeries_blind", "zh"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "de"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "en"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "es"): (1.0, 0.833, 0.833),
    ("caretakers_blind", "fr"): (1.0, 0.833, 1.0),
    ("caretakers_blind", "hi"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "id"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "it"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "ja"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "ko"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "nl"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "pt"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "ru"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "th"): (1.0, 1.0, 1.0),
    ("caretakers_blind", "vi"): (1.0, 0.833, 1.0),
    ("caretakers_blind", "zh"): (1.0, 1.0, 1.0),
    ("exams_blind", "de"): (1.0, 1.0, 1.0),
    ("exams_blind", "en"): (1.0, 1.0, 1.0),
    ("exams_blind", "es"): (1.0, 1.0, 1.0),
    ("exams_blind", "fr"): (1.0, 1.0, 1.0),
    ("exams_blind", "hi"): (1.0, 1.0, 1.0),
    ("exams_blind", "id"): (1.0, 0.833, 1.0),
    ("exams_blind", "it"): (1.0, 1.0, 1.0),
    ("exams_blind", "ja"): (1.0, 1.0, 1.0),
    ("exams_blind", "ko"): (1.0, 1.0, 1.0),
    ("exams_blind", "nl"): (1.0, 1.0, 1.0),
    ("exams_blind", "pt"): (1.0, 0.833, 1.0),
    ("exams_blind", "ru"): (1.0, 1.0, 1.0),
    ("exams_blind", "th"): (1.0, 1.0, 1.0),
    ("exams_blind", "vi"): (1.0, 1.0, 1.0),
    ("exams_blind", "zh"): (1.0, 1.0, 1.0),
    ("gifts_blind", "de"): (1.0, 1.0, 1.0),
    ("gifts_blind", "en"): (1.0, 1.0, 1.0),
    ("gifts_blind", "es"): (1.0, 1.0, 1.0),
    ("gifts_blind", "fr"): (1.0, 1.0, 1.0),
    ("gifts_blind", "hi"): (1.0, 1.0, 1.0),
    ("gifts_blind", "id"): (1.0, 1.0, 1.0),
    ("gifts_blind", "it"): (1.0, 1.0, 1.0),
    ("gifts_blind", "ja"): (1.0, 1.0, 1.0),
    ("gifts_blind", "ko"): (1.0, 1.0, 1.0),
    ("gifts_blind", "nl"): (1.0, 1.0, 1.0),
    ("gifts_blind", "pt"): (1.0, 1.0, 1.0),
    ("gifts_blind", "ru"): (1.0, 1.0, 1.0),
    ("gifts_blind", "th"): (1.0, 1.0, 1.0),
    ("gifts_blind", "vi"): (0.833, 1.0, 1.0),
    ("gifts_blind", "zh"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "de"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "en"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "es"): (1.0, 0.833, 1.0),
    ("gp_reception_blind", "fr"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "hi"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "id"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "it"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "ja"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "ko"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "nl"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "pt"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "ru"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "th"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "vi"): (1.0, 1.0, 1.0),
    ("gp_reception_blind", "zh"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "de"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "en"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "es"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "fr"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "hi"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "id"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "it"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "ja"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "ko"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "nl"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "pt"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "ru"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "th"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "vi"): (1.0, 1.0, 1.0),
    ("hairdressers_blind", "zh"): (1.0, 1.0, 1.0),
    ("ski_blind", "de"): (1.0, 1.0, 1.0),
    ("ski_blind", "en"): (1.0, 1.0, 1.0),
    ("ski_blind", "es"): (1.0, 1.0, 1.0),
    ("ski_blind", "fr"): (1.0, 1.0, 1.0),
    ("ski_blind", "hi"): (1.0, 1.0, 1.0),
    ("ski_blind", "id"): (1.0, 0.833, 1.0),
    ("ski_blind", "it"): (1.0, 1.0, 1.0),
    ("ski_blind", "ja"): (1.0, 1.0, 1.0),
    ("ski_blind", "ko"): (1.0, 1.0, 1.0),
    ("ski_blind", "nl"): (1.0, 1.0, 1.0),
    ("ski_blind", "pt"): (1.0, 1.0, 1.0),
    ("ski_blind", "ru"): (1.0, 1.0, 1.0),
    ("ski_blind", "th"): (1.0, 1.0, 1.0),
    ("ski_blind", "vi"): (0.833, 1.0, 1.0),
    ("ski_blind", "zh"): (1.0, 1.0, 1.0),
    ("zoos_blind", "de"): (1.0, 1.0, 1.0),
    ("zoos_blind", "en"): (1.0, 1.0, 1.0),
    ("zoos_blind", "es"): (1.0, 1.0, 1.0),
    ("zoos_blind", "fr"): (1.0, 1.0, 1.0),
    ("zoos_blind", "hi"): (1.0, 1.0, 1.0),
    ("zoos_blind", "id"): (1.0, 1.0, 1.0),
    ("zoos_blind", "it"): (1.0, 0.833, 0.833),
    ("zoos_blind", "ja"): (1.0, 1.0, 1.0),
    ("zoos_blind", "ko"): (1.0, 1.0, 1.0),
    ("zoos_blind", "nl"): (1.0, 1.0, 1.0),
    ("zoos_blind", "pt"): (1.0, 0.833, 0.833),
    ("zoos_blind", "ru"): (1.0, 1.0, 1.0),
    ("zoos_blind", "th"): (1.0, 1.0, 1.0),
    ("zoos_blind", "vi"): (1.0, 1.0, 1.0),
    ("zoos_blind", "zh"): (1.0, 1.0, 1.0),
    ("theatre_blind", "de"): (1.0, 1.0, 1.0),
    ("theatre_blind", "en"): (1.0, 1.0, 1.0),
    ("theatre_blind", "es"): (1.0, 1.0, 1.0),
    ("theatre_blind", "fr"): (1.0, 1.0, 1.0),
    ("theatre_blind", "hi"): (1.0, 0.833, 1.0),
    ("theatre_blind", "id"): (1.0, 1.0, 1.0),
    ("theatre_blind", "it"): (1.0, 1.0, 1.0),
    ("theatre_blind", "ja"): (1.0, 1.0, 1.0),
    ("theatre_blind", "ko"): (1.0, 1.0, 1.0),
    ("theatre_blind", "nl"): (1.0, 1.0, 1.0),
    ("theatre_blind", "pt"): (1.0, 0.833, 0.833),
    ("theatre_blind", "ru"): (1.0, 1.0, 1.0),
    ("theatre_blind", "th"): (1.0, 1.0, 1.0),
    ("theatre_blind", "vi"): (0.833, 1.0, 0.833),
    ("theatre_blind", "zh"): (1.0, 1.0, 1.0),
    ("markets_blind", "de"): (1.0, 1.0, 1.0),
    ("markets_blind", "en"): (1.0, 0.833, 1.0),
    ("markets_blind", "es"): (1.0, 1.0, 1.0),
    ("markets_blind", "fr"): (1.0, 0.833, 0.833),
    ("markets_blind", "hi"): (1.0, 1.0, 1.0),
    ("markets_blind", "id"): (1.0, 1.0, 1.0),
    ("markets_blind", "it"): (1.0, 1.0, 1.0),
    ("markets_blind", "ja"): (1.0, 1.0, 1.0),
    ("markets_blind", "ko"): (1.0, 1.0, 1.0),
    ("markets_blind", "nl"): (1.0, 1.0, 1.0),
    ("markets_blind", "pt"): (1.0, 0.833, 1.0),
    ("markets_blind", "ru"): (1.0, 1.0, 1.0),
    ("markets_blind", "th"): (1.0, 1.0, 1.0),
    ("markets_blind", "vi"): (1.0, 1.0, 1.0),
    ("markets_blind", "zh"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "de"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "en"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "es"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "fr"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "hi"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "id"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "it"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "ja"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "ko"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "nl"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "pt"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "ru"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "th"): (1.0, 1.0, 1.0),
    ("pet_sitting_blind", "vi"): (0.833, 1.0, 0.833),
    ("pet_sitting_blind", "zh"): (1.0, 0.833, 1.0),
    ("car_rental_blind", "de"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "en"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "es"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "fr"): (1.0, 0.833, 1.0),
    ("car_rental_blind", "hi"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "id"): (1.0, 0.833, 1.0),
    ("car_rental_blind", "it"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "ja"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "ko"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "nl"): (1.0, 0.833, 1.0),
    ("car_rental_blind", "pt"): (1.0, 0.833, 1.0),
    ("car_rental_blind", "ru"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "th"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "vi"): (1.0, 1.0, 1.0),
    ("car_rental_blind", "zh"): (1.0, 1.0, 1.0),
    ("opticians_blind", "de"): (1.0, 1.0, 1.0),
    ("opticians_blind", "en"): (1.0, 1.0, 1.0),
    ("opticians_blind", "es"): (1.0, 1.0, 1.0),
    ("opticians_blind", "fr"): (1.0, 1.0, 1.0),
    ("opticians_blind", "hi"): (1.0, 1.0, 1.0),
    ("opticians_blind", "id"): (1.0, 1.0, 1.0),
    ("opticians_blind", "it"): (1.0, 1.0, 1.0),
    ("opticians_blind", "ja"): (1.0, 1.0, 1.0),
    ("opticians_blind", "ko"): (1.0, 1.0, 1.0),
    ("opticians_blind", "nl"): (1.0, 1.0, 1.0),
    ("opticians_blind", "pt"): (1.0, 0.666, 1.0),
    ("opticians_blind", "ru"): (1.0, 1.0, 1.0),
    ("opticians_blind", "th"): (1.0, 1.0, 1.0),
    ("opticians_blind", "vi"): (1.0, 1.0, 1.0),
    ("opticians_blind", "zh"): (1.0, 1.0, 1.0),
    ("post_office_blind", "de"): (1.0, 1.0, 1.0),
    ("post_office_blind", "en"): (1.0, 1.0, 1.0),
    ("post_office_blind", "es"): (1.0, 1.0, 1.0),
    ("post_office_blind", "fr"): (1.0, 1.0, 1.0),
    ("post_office_blind", "hi"): (1.0, 1.0, 1.0),
    ("post_office_blind", "id"): (1.0, 1.0, 1.0),
    ("post_office_blind", "it"): (1.0, 1.0, 1.0),
    ("post_office_blind", "ja"): (1.0, 1.0, 1.0),
    ("post_office_blind", "ko"): (1.0, 1.0, 1.0),
    ("post_office_blind", "nl"): (1.0, 1.0, 1.0),
    ("post_office_blind", "pt"): (1.0, 1.0, 1.0),
    ("post_office_blind", "ru"): (1.0, 1.0, 1.0),
    ("post_office_blind", "th"): (1.0, 1.0, 1.0),
    ("post_office_blind", "vi"): (1.0, 1.0, 1.0),
    ("post_office_blind", "zh"): (1.0, 1.0, 1.0),
    ("removals_blind", "de"): (1.0, 1.0, 1.0),
    ("removals_blind", "en"): (1.0, 1.0, 1.0),
    ("removals_blind", "es"): (1.0, 1.0, 1.0),
    ("removals_blind", "fr"): (1.0, 1.0, 1.0),
    ("removals_blind", "hi"): (1.0, 1.0, 1.0),
    ("removals_blind", "id"): (1.0, 1.0, 1.0),
    ("removals_blind", "it"): (1.0, 1.0, 1.0),
    ("removals_blind", "ja"): (1.0, 1.0, 1.0),
    ("removals_blind", "ko"): (1.0, 1.0, 1.0),
    ("removals_blind", "nl"): (1.0, 1.0, 1.0),
    ("removals_blind", "pt"): (1.0, 1.0, 1.0),
    ("removals_blind", "ru"): (1.0, 1.0, 1.0),
    ("removals_blind", "th"): (1.0, 1.0, 1.0),
    ("removals_blind", "vi"): (1.0, 1.0, 1.0),
    ("removals_blind", "zh"): (1.0, 1.0, 1.0),
    ("florists_blind", "de"): (1.0, 1.0, 1.0),
    ("florists_blind", "en"): (1.0, 1.0, 1.0),
    ("florists_blind", "es"): (1.0, 1.0, 1.0),
    ("florists_blind", "fr"): (1.0, 1.0, 1.0),
    ("florists_blind", "hi"): (1.0, 1.0, 1.0),
    ("florists_blind", "id"): (1.0, 1.0, 1.0),
    ("florists_blind", "it"): (1.0, 1.0, 1.0),
    ("florists_blind", "ja"): (1.0, 1.0, 1.0),
    ("florists_blind", "ko"): (1.0, 1.0, 1.0),
    ("florists_blind", "nl"): (1.0, 1.0, 1.0),
    ("florists_blind", "pt"): (1.0, 0.833, 1.0),
    ("florists_blind", "ru"): (1.0, 1.0, 1.0),
    ("florists_blind", "th"): (1.0, 1.0, 1.0),
    ("florists_blind", "vi"): (1.0, 1.0, 1.0),
    ("florists_blind", "zh"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "de"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "en"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "es"): (1.0, 0.833, 1.0),
    ("tattoo_blind", "fr"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "hi"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "id"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "it"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "ja"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "ko"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "nl"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "pt"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "ru"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "th"): (1.0, 1.0, 1.0),
    ("tattoo_blind", "vi"): (0.833, 1.0, 1.0),
    ("tattoo_blind", "zh"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "de"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "en"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "es"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "fr"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "hi"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "id"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "it"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "ja"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "ko"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "nl"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "pt"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "ru"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "th"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "vi"): (1.0, 1.0, 1.0),
    ("cooking_class_blind", "zh"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "de"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "en"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "es"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "fr"): (1.0, 0.833, 0.833),
    ("plumbing_blind", "hi"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "id"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "it"): (1.0, 0.833, 1.0),
    ("plumbing_blind", "ja"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "ko"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "nl"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "pt"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "ru"): (1.0, 0.833, 1.0),
    ("plumbing_blind", "th"): (1.0, 1.0, 1.0),
    ("plumbing_blind", "vi"): (1.0, 0.833, 1.0),
    ("plumbing_blind", "zh"): (1.0, 1.0, 1.0),
    ("choir_blind", "de"): (1.0, 1.0, 1.0),
    ("choir_blind", "en"): (1.0, 1.0, 1.0),
    ("choir_blind", "es"): (1.0, 1.0, 1.0),
    ("choir_blind", "fr"): (1.0, 1.0, 1.0),
    ("choir_blind", "hi"): (1.0, 1.0, 1.0),
    ("choir_blind", "id"): (1.0, 1.0, 1.0),
    ("choir_blind", "it"): (1.0, 0.833, 1.0),
    ("choir_blind", "ja"): (1.0, 1.0, 1.0),
    ("choir_blind", "ko"): (1.0, 1.0, 1.0),
    ("choir_blind", "nl"): (1.0, 1.0, 1.0),
    ("choir_blind", "pt"): (1.0, 1.0, 1.0),
    ("choir_blind", "ru"): (1.0, 1.0, 1.0),
    ("choir_blind", "th"): (1.0, 1.0, 1.0),
    ("choir_blind", "vi"): (1.0, 1.0, 1.0),
    ("choir_blind", "zh"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "de"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "en"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "es"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "fr"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "hi"): (1.0, 0.833, 0.833),
    ("dog_training_blind", "id"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "it"): (1.0, 0.666, 0.833),
    ("dog_training_blind", "ja"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "ko"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "nl"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "pt"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "ru"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "th"): (1.0, 1.0, 1.0),
    ("dog_training_blind", "vi"): (0.833, 1.0, 1.0),
    ("dog_training_blind", "zh"): (1.0, 1.0, 1.0),
    ("notary_blind", "de"): (1.0, 1.0, 1.0),
    ("notary_blind", "en"): (1.0, 1.0, 1.0),
    ("notary_blind", "es"): (1.0, 0.833, 1.0),
    ("notary_blind", "fr"): (1.0, 1.0, 1.0),
    ("notary_blind", "hi"): (1.0, 1.0, 1.0),
    ("notary_blind", "id"): (0.833, 0.833, 1.0),
    ("notary_blind", "it"): (1.0, 0.666, 1.0),
    ("notary_blind", "ja"): (1.0, 1.0, 1.0),
    ("notary_blind", "ko"): (1.0, 1.0, 1.0),
    ("notary_blind", "nl"): (1.0, 1.0, 1.0),
    ("notary_blind", "pt"): (1.0, 0.833, 1.0),
    ("notary_blind", "ru"): (1.0, 1.0, 1.0),
    ("notary_blind", "th"): (1.0, 1.0, 1.0),
    ("notary_blind", "vi"): (0.833, 1.0, 0.833),
    ("notary_blind", "zh"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "de"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "en"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "es"): (1.0, 0.833, 1.0),
    ("bike_repair_blind", "fr"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "hi"): (1.0, 0.833, 1.0),
    ("bike_repair_blind", "id"): (1.0, 0.833, 1.0),
    ("bike_repair_blind", "it"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "ja"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "ko"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "nl"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "pt"): (1.0, 0.833, 1.0),
    ("bike_repair_blind", "ru"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "th"): (1.0, 1.0, 1.0),
    ("bike_repair_blind", "vi"): (0.833, 0.833, 1.0),
    ("bike_repair_blind", "zh"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "de"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "en"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "es"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "fr"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "hi"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "id"): (1.0, 0.833, 1.0),
    ("hotel_reception_blind", "it"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "ja"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "ko"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "nl"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "pt"): (1.0, 0.833, 1.0),
    ("hotel_reception_blind", "ru"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "th"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "vi"): (1.0, 1.0, 1.0),
    ("hotel_reception_blind", "zh"): (1.0, 1.0, 1.0),
}

# The share of rows whose language detect() names, unrestricted, where a set
# tests that too: the figures when last measured (see the module docstring).
DETECT_FLOORS = {
    "code_switched_blind": 0.994,
    "no_diacritics_blind": 0.972,
    "no_diacritics_blind2": 0.947,
    "regional_varieties_blind": 0.994,
    "assistant_replies_blind": 1.0,
    "english_formality_blind": 1.0,
    "public_services_blind": 1.0,
    "third_party_reported_blind": 1.0,
    "roleplay_replies_blind": 1.0,
    "social_dialogue_blind": 0.994,
    "youth_slang_blind": 0.966,
    "quoted_threads_blind": 1.0,
    "learner_text_blind": 1.0,
    "code_logs_blind": 0.966,
    "metalinguistic_blind": 1.0,
    "social_posts_blind": 1.0,
    "app_strings_blind": 1.0,
    "group_address_blind": 1.0,
    "family_elders_blind": 1.0,
    "emotion_register_blind": 1.0,
    "subtitle_lines_blind": 0.95,
    "health_law_money_blind": 0.994,
    "social_formulas_blind": 0.988,
    "bot_small_talk_blind": 0.961,
    "tense_mood_blind": 1.0,
    "complaints_blind": 1.0,
    "hobby_howto_blind": 1.0,
    "questions_blind": 1.0,
    "marketplace_blind": 1.0,
    "ceremonies_blind": 1.0,
    "opinions_blind": 0.994,
    "food_blind": 0.994,
    "travel_blind": 0.988,
    "education_blind": 1.0,
    "sports_blind": 0.994,
    "arts_blind": 0.994,
    "urgent_blind": 1.0,
    "home_blind": 1.0,
    "pets_blind": 1.0,
    "community_blind": 1.0,
    "dating_blind": 0.994,
    "beauty_blind": 0.994,
    "shopping_blind": 0.994,
    "office_blind": 1.0,
    "kids_blind": 1.0,
    "cars_blind": 1.0,
    "housing_blind": 0.961,
    "jobs_blind": 0.994,
    "money_blind": 0.994,
    "news_blind": 1.0,
    "academia_blind": 0.988,
    "delivery_blind": 0.994,
    "hospitality_blind": 0.977,
    "outdoors_blind": 0.988,
    "festivals_blind": 1.0,
    "language_exchange_blind": 0.994,
    "nightlife_blind": 1.0,
    "fashion_blind": 0.994,
    "farming_blind": 1.0,
    "influencers_blind": 0.994,
    "photography_blind": 1.0,
    "crafts_blind": 0.994,
    "immigration_blind": 1.0,
    "hospital_staff_blind": 0.994,
    "tabletop_blind": 1.0,
    "fundraising_blind": 1.0,
    "insurance_blind": 0.994,
    "gym_coach_blind": 0.988,
    "legal_neighbours_blind": 1.0,
    "school_chat_blind": 0.994,
    "techsupport_blind": 0.994,
    "commute_blind": 0.988,
    "freelance_blind": 0.994,
    "bookclub_blind": 1.0,
    "elder_care_blind": 0.994,
    "music_blind": 1.0,
    "weddings_blind": 1.0,
    "civic_blind": 1.0,
    "gardening_blind": 0.994,
    "worship_blind": 1.0,
    "cinema_blind": 0.988,
    "dental_blind": 0.988,
    "startups_blind": 0.994,
    "airlines_blind": 1.0,
    "pharmacy_blind": 1.0,
    "trades_blind": 1.0,
    "streaming_blind": 0.994,
    "tourism_blind": 1.0,
    "volunteering_blind": 1.0,
    "reviews_blind": 1.0,
    "telecom_blind": 1.0,
    "childcare_blind": 0.994,
    "real_estate_blind": 0.988,
    "libraries_blind": 0.994,
    "museums_blind": 1.0,
    "weather_blind": 0.994,
    "waste_blind": 1.0,
    "cycling_blind": 0.988,
    "parking_blind": 1.0,
    "laundry_blind": 0.994,
    "fishing_blind": 0.994,
    "garages_blind": 0.983,
    "condolences_blind": 0.994,
    "lost_found_blind": 1.0,
    "taxis_blind": 0.988,
    "driving_schools_blind": 0.994,
    "vets_blind": 0.994,
    "swimming_blind": 1.0,
    "camping_blind": 0.994,
    "diy_blind": 1.0,
    "birthdays_blind": 0.994,
    "bakeries_blind": 1.0,
    "caretakers_blind": 1.0,
    "exams_blind": 0.994,
    "gifts_blind": 1.0,
    "gp_reception_blind": 1.0,
    "hairdressers_blind": 0.994,
    "ski_blind": 1.0,
    "zoos_blind": 0.994,
    "theatre_blind": 1.0,
    "markets_blind": 0.988,
    "pet_sitting_blind": 1.0,
    "car_rental_blind": 1.0,
    "opticians_blind": 0.994,
    "post_office_blind": 1.0,
    "removals_blind": 1.0,
    "florists_blind": 0.994,
    "tattoo_blind": 0.994,
    "cooking_class_blind": 1.0,
    "plumbing_blind": 0.994,
    "choir_blind": 1.0,
    "dog_training_blind": 1.0,
    "notary_blind": 1.0,
    "bike_repair_blind": 1.0,
    "hotel_reception_blind": 1.0,
}


def _rows(stem: str, lang: str) -> list[dict[str, str]]:
    with (OPEN / f"{stem}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return [r for r in rows if r["lang"] == lang]


def test_every_open_set_has_floors() -> None:
    assert {p.stem for p in OPEN.glob("*.jsonl")} == {stem for stem, _ in FLOORS}


@pytest.mark.parametrize(("stem", "lang"), sorted(FLOORS))
def test_open_set_does_not_fall(stem: str, lang: str) -> None:
    rows = _rows(stem, lang)
    report = evaluate(rows)
    wrong = [row["label"] for row, _reading in report.errors]
    formal, informal, pairs = FLOORS[stem, lang]
    for label, floor in (("formal", formal), ("informal", informal)):
        n = sum(1 for r in rows if r["label"] == label)
        assert 1 - wrong.count(label) / n >= floor, (label, [e[0]["text"] for e in report.errors])
    (cell,) = report.cells.values()
    assert cell.pair_accuracy is not None and cell.pair_accuracy >= pairs, cell


@pytest.mark.parametrize("stem", sorted(DETECT_FLOORS))
def test_open_set_languages_are_still_told(stem: str) -> None:
    with (OPEN / f"{stem}.jsonl").open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    missed = [r["text"] for r in rows if detect(r["text"]).locale != r["lang"]]
    assert 1 - len(missed) / len(rows) >= DETECT_FLOORS[stem], missed
