"""A user asks to be spoken to at a level, and the planner holds it.

"Sie können mich gerne duzen" is written in Sie: mirroring the message would
answer in Sie. Each locale lists its requests (``requests`` in its file); the
planner takes the latest in the conversation, within what the persona allows.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from chatbot import locales
from chatbot.detect.register import analyze
from chatbot.errors import ConfigError
from chatbot.persona.schema import Persona
from chatbot.plan import RegisterPolicy, plan
from chatbot.plan.requests import asked, asked_in
from chatbot.plan.target import target_for


def _spec(code: str) -> locales.LocaleSpec:
    spec = locales.get(code)
    assert spec is not None, code
    return spec


@pytest.mark.parametrize(
    ("code", "text", "level"),
    [
        ("de", "Sie können mich gerne duzen.", "informal"),
        ("de", "Wir können uns übrigens duzen!", "informal"),
        ("de", "Sag ruhig du zu mir.", "informal"),
        ("de", "Bitte duzen Sie mich nicht.", "formal"),
        ("de", "Ich möchte lieber gesiezt werden.", "formal"),
        ("de", "Was bedeutet duzen eigentlich?", None),
        ("de", "Sag du mir, was du willst.", None),
        ("fr", "Tu peux me tutoyer, hein !", "informal"),
        ("fr", "On peut se tutoyer ?", "informal"),
        ("fr", "Ne me tutoyez pas, s'il vous plaît.", "formal"),
        ("fr", "Vouvoyez-moi, merci.", "formal"),
        ("fr", "Ne me vouvoie pas, on est potes !", "informal"),
        ("es", "Puedes tutearme, no pasa nada.", "informal"),
        ("es", "Háblame de tú, por favor.", "informal"),
        ("es", "No me tutee, por favor.", "formal"),
        ("es", "Tráteme de usted.", "formal"),
        ("es", "La tutela del menor se decidió ayer.", None),
        ("it", "Dammi pure del tu!", "informal"),
        ("it", "Possiamo darci del tu?", "informal"),
        ("it", "Diamoci del tu, dai.", "informal"),
        ("it", "Non darmi del tu, per favore.", "formal"),
        ("it", "Mi dia del Lei, grazie.", "formal"),
        ("it", "Quando si può dare del tu a un professore?", None),
        ("pt", "Podes tratar-me por tu.", "informal"),
        ("pt", "Pode me chamar de você, tá?", "informal"),
        ("pt", "Não precisa me chamar de senhor.", "informal"),
        ("pt", "Não me trate por tu.", "formal"),
        ("nl", "Zeg maar je, hoor!", "informal"),
        ("nl", "Je mag gewoon jij zeggen.", "informal"),
        ("nl", "Zeg je het tegen hem?", None),
        ("nl", "Ik word liever met u aangesproken.", "formal"),
        ("ru", "Давай на ты?", "informal"),
        ("ru", "Можно на ты?", "informal"),
        ("ru", "Обращайтесь ко мне на вы, пожалуйста.", "formal"),
        ("ru", "Не надо мне тыкать.", "formal"),
        ("hi", "मुझे तुम कह सकते हो।", "informal"),
        ("hi", "आप-आप मत करो यार।", "informal"),
        ("hi", "मुझे आप कहिए।", "formal"),
        ("ja", "タメ口でいいよ！", "casual"),
        ("ja", "敬語はやめてください。", "casual"),
        ("ja", "敬語で話してください。", "polite"),
        ("ko", "반말 해도 돼요.", "haeche"),
        ("ko", "말 편하게 하세요.", "haeche"),
        ("ko", "존댓말로 해 주세요.", "haeyoche"),
        ("ko", "반말하지 마세요.", "haeyoche"),
        ("zh", "别叫我您，叫我你就行。", "casual"),
        ("zh", "不用客气！", None),
        ("zh", "请用敬语。", "polite"),
        ("th", "ไม่ต้องสุภาพก็ได้นะ", "casual"),
        ("th", "พูดกันเองก็ได้", "casual"),
        ("th", "ช่วยพูดให้สุภาพหน่อย", "polite"),
        ("vi", "Không cần khách sáo đâu, cứ gọi mình là bạn.", "casual"),
        ("vi", "Nói lịch sự hơn chút đi.", "polite"),
        ("id", "Nggak usah formal, pakai aku-kamu aja.", "casual"),
        ("id", "Mohon gunakan bahasa baku.", "standard"),
        ("en", "No need to be so formal!", "casual"),
        ("en", "Please be more formal.", "formal"),
        ("en", "Don't be so casual with me.", "formal"),
        ("en", "You can talk to me like a friend.", "casual"),
        ("de", "Das Duzen ist hier üblich.", None),
        ("fr", "Le tutoiement est courant ici.", None),
        ("fr", "Je préfère le vouvoiement.", "formal"),
        ("fr", "Merci de m'appeler Madame Leroy.", "formal"),
        ("fr", "Merci de m'appeler demain matin.", None),
        ("pt", "Não me chame de você.", "formal"),
        ("it", "Non serve che mi dai del Lei.", "informal"),
        ("zh", "别老“您您您”的。", "casual"),
        ("zh", "不用您费心，我自己来。", None),
        ("en", "Please address me as Dr. Patel.", "formal"),
        ("en", "No need to call me Dr. Patel.", "casual"),
        # A request taken back: the level the message ends on.
        ("de", "Du kannst mich duzen – äh, nee, bleiben wir beim Sie.", "formal"),
        ("ru", "Можно на ты... хотя нет, давайте всё-таки на вы.", "formal"),
        # A first name offered in place of a title.
        ("it", "Chiamami Giulia e basta.", "informal"),
        ("it", "Chiamami Dottoressa Bianchi.", None),
        ("en", "Just Tom is fine.", "casual"),
        ("en", "Monday or Tuesday? Just Tuesday is fine.", None),
        ("zh", "不用那么客套啦，叫我小林就行", "casual"),
        ("zh", "到了叫我一声就行。", None),
        # Look-alikes of the name and tone families.
        ("th", "เรียกแท็กซี่เฉยๆ ก็ได้", None),
        ("nl", "Ik wil graag u en uw partner uitnodigen.", None),
        ("en", "Our new menu is way more casual.", None),
        ("en", "Which doctor? Dr. Smith please.", None),
        ("ru", "mozhno na ty, ne stesnyaysya))", "informal"),
        # Someone else who says du is no request of the user's.
        ("de", "Warum duzt mich mein Fahrlehrer einfach?", None),
        ("es", "La cajera me trató de tú con muy malos modos.", None),
        # A story, poem or dialogue to write is a draft: its characters' level is theirs.
        ("ja", "子ども向けのお話を作って。ウサギの子がおばあさんに敬語で話す設定にしてね。", None),
        ("en", "Write a short story where the butler keeps it formal with the duke.", None),
        ("id", "Pake aku-kamu aja ya, jangan Anda-Anda, kaku banget kayak surat dinas", "casual"),
        # Families of sets 9 and 10, each beside a look-alike it leaves alone.
        ("ja", "もっとフランクにいこうよ！", "casual"),
        ("ja", "プレゼンはフランクにいこうと思ってる", None),
        ("ja", "私のことは「田中様」とお呼びください。", "polite"),
        ("ko", "민준이라고 불러~", "haeche"),
        ("ko", "그럼 언니라고 불러 ㅋㅋ", None),
        ("zh", "唔使咁客气啦，叫我阿明得啦", "casual"),
        ("zh", "唔使客气！", None),
        ("zh", "他称呼我王先生，我觉得很奇怪。", None),
        ("th", "กรุณาใช้ภาษาที่สุภาพกว่านี้", "polite"),
        ("th", "ผมควรใช้ภาษาที่สุภาพกับลูกค้า", None),
        ("vi", "Tụi mình cứ mày tao cho lẹ nha", "casual"),
        ("vi", "Hôm qua em họ xưng mày tao với bà ngoại.", None),
        ("vi", "Nhân viên thuê xe gọi tôi là 'bác' làm tôi hơi buồn", None),
        ("id", "Gak usah 'Bapak' 'Bapak' gitu deh, panggil Andi aja", "casual"),
        ("id", "tidak usah mas, saya hanya mau curhat", None),
        ("id", "Dia ngomong kayak temen lama", None),
        ("hi", "कृपया 'आप' का प्रयोग करें।", "formal"),
        ("en", "can u be less stiff?", "casual"),
        ("en", "The new logo should be less formal.", None),
        ("en", "I was going to say you can call me Mike, but let's keep it as it is.", None),
        ("de", "Wir sind nicht per Du.", "formal"),
        ("de", "Seit wann duzen Sie mich?", "formal"),
        ("de", "Du kannst ruhig du zu mir sagen.", "informal"),
        ("de", "Kannst du sagen, wann der Zug kommt?", None),
        ("fr", "Je ne vous ai pas autorisé à me tutoyer.", "formal"),
        ("nl", "ge moogt mij gewoon tutoyeren", "informal"),
        ("ru", "можно без «Анна Сергеевна», просто Аня 🙂", "informal"),
        ("ru", "Почему ты такой серьёзный сегодня?", None),
        # Families of set 11, each beside a look-alike it leaves alone.
        ("ja", "さっき受付の人、いきなりタメ口で話しかけてきてびっくりした", None),
        ("ja", "「お前」呼ばわりすんのやめろ", "polite"),
        ("ja", "先輩をさん付けで呼ぶべき？", None),
        ("ko", "반말해도 된다고 할까 하다가 그냥 말았어요", None),
        ("ko", "앞으로는 '김서연 님'으로 불러 주세요.", "haeyoche"),
        ("ko", "친구들이 저를 '서연 님'이라고 불러요.", None),
        ("hi", "कृपया मुझे 'शर्मा जी' कहकर संबोधित करें।", "formal"),
        ("hi", "वो मुझे शर्मा जी कहकर बुलाया करते थे।", None),
        # Taken back before a danda (।), which closes a Hindi clause as a full stop does.
        ("hi", "सोचा था कहूँ कि मुझे नाम से बुलाएँ, पर रहने दीजिए। टेंट का स्टॉक बताइए।", None),
        ("en", "Please, 'Mr. Okafor' is my dad. Emeka is fine.", "casual"),
        ("en", "I voted for Smith instead of Mr. Jones.", None),
        ("de", "Seit wann sind wir per Du?", "formal"),
        ("de", "Eigentlich wollte ich dir das Du anbieten, aber lass mal.", None),
        ("es", "Un poquito de respeto: de usted, por favor.", "formal"),
        ("es", "Hay que tener un poco de respeto por los mayores.", None),
        ("it", "Usate il Lei.", "formal"),
        ("it", "Usi il Lei con tua nonna?", None),
        ("nl", "Vanaf nu graag gewoon Sanne in plaats van mevrouw De Vries", "informal"),
        ("nl", "Morgen komt Piet in plaats van meneer Jansen.", None),
        ("ru", "Мы с вами на брудершафт не пили.", "formal"),
        # Families of set 12, each beside a look-alike it leaves alone.
        ("ja", "「お客様」じゃなくて「みーちゃん」って呼んで〜", "casual"),
        ("ko", "지수라고 불러 주세요!", "haeche"),
        ("zh", "你就叫我思思吧，随意点", "casual"),
        ("zh", "叫我起床吧。", None),
        ("id", "Panggil aku Yanto wae", "casual"),
        ("en", "I did not say you could call me Margaret.", "formal"),
        ("de", "Sag einfach Lena.", "informal"),
        ("de", "Sag einfach Bescheid.", None),
        ("es", "Para ti soy el licenciado Ramírez, no 'mi pana'.", "formal"),
        ("es", "dime Yari y ya", "informal"),
        ("nl", "Noem me gewoon Daan", "informal"),
        ("ru", "Зови просто Настя", "informal"),
        ("ru", "Я тебе не бабуля, а Зинаида Петровна.", "formal"),
        # Families of set 13, each beside a look-alike it leaves alone.
        ("ja", "これからはユキって呼んでね！", "casual"),
        ("ja", "「田中様」って呼んでね！", "polite"),
        ("zh", "叫我 Ah Meng 就好咯", "casual"),
        ("th", "เรียกพี่เจ๋งก็พอ", "casual"),
        ("th", "เรียกผมว่าคุณสมชายก็ได้", "polite"),
        ("en", "Everyone here calls me Jo.", "casual"),
        ("en", "Everyone calls me when they need help.", None),
        ("de", "Könnten wir das 'Sie' lassen?", "informal"),
        ("es", "¿Por qué me tratas de usted? Tengo 19 años", "informal"),
        ("it", "Ma dai, basta con 'Signora Bianchi'", "informal"),
        ("it", "Basta con il signore delle pulizie, per oggi.", None),
        ("pt", "Pode me chamar de Dudu", "informal"),
        ("pt", "Pode me chamar de Dr. Costa", "formal"),
        ("pt", "Não lhe dei essa liberdade.", "formal"),
        ("nl", "Sinds wanneer tutoyeren wij elkaar?", "formal"),
        # Families of set 14, each beside a look-alike it leaves alone.
        ("ko", "존댓말 고마 해라", "haeche"),
        ("zh", "随意点跟我聊就行", "casual"),
        ("zh", "你说话能不能正式一点？", "polite"),
        ("zh", "婚纱照想拍得正式一点还是休闲风格？", None),
        ("th", "รบกวนเรียกผมว่า 'อาจารย์' ด้วยครับ", "polite"),
        ("en", "I'd feel more comfortable if you didn't call me ma'am", "casual"),
        ("en", "I'd appreciate a bit less chumminess.", "formal"),
        ("de", "Mit mir müssen Sie nicht so förmlich sein", "informal"),
        ("de", "Die Einladung muss nicht so förmlich sein.", None),
        ("de", "Fast hätte ich gesagt, wir können uns duzen – aber passt schon.", None),
        ("es", "Prefiero que me llame doctora Ramírez, por favor.", "formal"),
        ("pt", "Fala comigo de um jeito mais descontraído", "informal"),
        ("pt", "Vocês fazem ensaio pós-casamento mais descontraído?", None),
        ("nl", "Ik wil graag aangesproken worden als mevrouw Van den Berg.", "formal"),
        # Families of set 15, each beside a look-alike it leaves alone.
        ("ja", "あとさ、俺のことケンタでいいよ。", "casual"),
        ("ja", "私のこと田中さんでいいよ", None),
        ("ko", "우리 그냥 말 트면 안 돼?", "haeche"),
        ("zh", "我更习惯被称为陈女士。", "polite"),
        ("zh", "不用敬称，随便叫就行", "casual"),
        ("vi", "Xin vui lòng dùng kính ngữ khi trao đổi với tôi", "polite"),
        ("hi", "bhai tu mujhe 'tu' bol sakta hai", "informal"),
        ("en", "I'd appreciate it if you stopped calling me 'mate'.", "formal"),
        ("de", "Siezen Se mich bidde, ja?", "formal"),
        ("fr", "Merci de cesser de m'appeler par mon prénom.", "formal"),
        ("it", "Preferirei che non mi desse del tu, grazie.", "formal"),
        ("nl", "zeg maar jij en jou", "informal"),
        ("ru", "Общайтесь со мной, пожалуйста, официально.", "formal"),
        # Families of set 16, each beside a look-alike it leaves alone.
        ("ja", "そのかしこまった感じマジいらんし。ふつーにタメでよろ", "casual"),
        ("ko", "편하게 말혀.", "haeche"),
        ("zh", "别那么客气！", "casual"),
        ("zh", "不用客气！", None),
        ("zh", "说人话行不行，听不懂啊", None),
        ("zh", "麻烦以后跟我说话用“您”，谢谢。", "polite"),
        ("vi", "cứ xưng 'tớ - cậu' cho thân thiện nha", "casual"),
        ("vi", "de nghi chatbot xung ho 'quy khach', dung goi 'ban' nua", "polite"),
        ("en", "Everyone at the station calls me Sparky", "casual"),
        ("de", "Ey, sach ma einfach du zu mir", "informal"),
        ("de", "Sie chönd mir gern du säge", "informal"),
        ("de", "Sag mal, wie spät ist es?", None),
        ("fr", "Madame Dubois, s'il vous plaît, et non 'Josiane'.", "formal"),
        ("it", "Esigo un tono formale.", "formal"),
        ("ru", "Мне не нравится, что вы мне тыкаете.", "formal"),
        # Families of the seventeenth blind set, each beside a look-alike.
        ("de", "Sie können ruhig du zu mir sagen, ich bin die Anke.", "informal"),
        ("de", "Sie können ruhig Bescheid sagen, wenn Sie fertig sind.", None),
        ("de", "Geh bitte, lass des Sie weg, i bin da Ferdl.", "informal"),
        ("ko", "반말 써 주시면 더 편할 것 같아요", "haeche"),
        ("ko", "편지 써 주시면 감사하겠습니다", None),
        ("ko", "반말 좀 하지 마세요.", "haeyoche"),
        ("ja", "下の名前の「翔太」でいいですよ", "casual"),
        ("ja", "件名は「見積書」でいいですよ", None),
        ("ja", "さん付けもなしで！", "casual"),
        ("fr", "On pourrait pas passer au tu ?", "informal"),
        ("fr", "On pourrait passer au tunnel ?", None),
        ("fr", "Je préfère que vous m'appeliez Madame Lefèvre, et non par mon prénom.", "formal"),
        ("fr", "Je préfère que vous m'appeliez demain matin.", None),
        ("it", "Un po' meno confidenza, per favore. D'ora in poi gradirei il Lei.", "formal"),
        ("it", "Con lui ho meno confidenza.", None),
        ("pt", "vc pode falar comigo de boa, sem esse formalismo todo kkk", "informal"),
        ("pt", "Você pode falar comigo amanhã?", None),
        ("nl", "Al dat ge-u maakt me zo oud, kan het wat losser?", "informal"),
        ("vi", "mong bên bạn giữ văn phong trang trọng khi trao đổi với tôi", "polite"),
        ("vi", "Khi viết thư xin việc, bạn nên giữ văn phong trang trọng.", None),
        ("hi", "Aaram se tum-tum mein baat karte hain na", "informal"),
        ("es", "Oye, no me tratís de usted po, dime Coni no más", "informal"),
        ("id", "Ededeh, jangan mi terlalu formal, panggil ka saja Ancu", "casual"),
        # Families of the eighteenth: a title asked for against a pet name, wishes
        # and complaints, dialect; each beside a look-alike.
        ("de", "Nennen Sie mich bitte Frau Dr. Berger und nicht 'Steffi'.", "formal"),
        ("de", "Mir kenned uns jetzt lang gnuag, sag oifach Du zu mir, gell?", "informal"),
        ("fr", "Arrêtez de m'appeler 'ma belle', c'est Madame Gagnon.", "formal"),
        ("fr", "Il n'arrête pas de m'appeler ma belle, c'est gênant.", None),
        ("es", "No me gusta que me digas 'gordi'. Llamame por mi apellido.", "formal"),
        ("es", "Un poco más de formalidad, ¿sí? No somos amigos.", "formal"),
        ("es", "Ese evento necesita un poco más de formalidad.", None),
        ("es", "Puedes llamarme Lupe, no hace falta el 'señora'.", "informal"),
        ("es", "Puedes llamarme mañana.", None),
        ("it", "Preferirei che mi chiamasse dottoressa Greco, non 'cara'.", "formal"),
        ("it", "se mi parli in modo meno ingessato mi trovo meglio", "informal"),
        ("it", "Il relatore parla in modo meno formale del solito.", None),
        ("pt", "Não me chame de 'querida'. Sou a Dra. Souza.", "formal"),
        ("nl", "Noem mij a.u.b. mevrouw Peeters en niet 'schat'.", "formal"),
        ("nl", "Allee, da's hier geen notariskantoor, klap gewoon normaal tegen mij.", "informal"),
        ("ru", "Не называйте меня «Ленусик». Елена Викторовна, пожалуйста.", "formal"),
        ("ru", "Я попросил бы вас держаться более официально.", "formal"),
        ("ru", "На собеседовании нужно держаться уверенно.", None),
        ("ru", "мне будет комфортнее если ты будешь попроще общаться", "informal"),
        ("en", "Less of the 'buddy', thanks. Ms. Harlow will do.", "formal"),
        ("en", "Dr. Smith will do the surgery.", None),
        ("ja", "「ゆうちゃん」って呼ぶの、やめていただけますか。", "polite"),
        ("ko", "말씀을 좀 더 격식 있게 해 주셨으면 합니다.", "haeyoche"),
        ("ko", "우리 동갑인 것 같은데 말 편하게 하실래요? ㅎㅎ", "haeche"),
        ("zh", "你講話可以正式一點嗎？我們又不熟。", "polite"),
        ("zh", "他说话可以客气一点。", None),
        ("th", "ขอให้พูดแบบทางการกับผมนะครับ", "polite"),
        ("th", "บ่ต้องเว้าสุภาพปานนั้นดอก", "casual"),
        ("vi", "Tôi đề nghị bạn nói chuyện nghiêm túc và trang trọng hơn.", "polite"),
        ("vi", "Anh ấy nói chuyện lịch sự hơn em nhiều.", None),
        ("vi", "Thôi khỏi gọi quý khách chi cho mệt, cứ kêu tui là Hoa.", "casual"),
        ("id", "Bahasanya bisa lebih sopan dan formal? Kurang pantas rasanya.", "standard"),
        ("hi", "आगे से औपचारिक रहिए, मैं ग्राहक हूँ।", "formal"),
        ("hi", "इतना formal होने की ज़रूरत नहीं है, आराम से बात करो मुझसे", "informal"),
        # Families of the nineteenth, each beside a look-alike.
        ("ja", "もっと友達っぽく話してほしい", "casual"),
        ("ko", "이름에 님 붙여서 불러 주실래요?", "haeyoche"),
        ("ko", "니 와 이리 딱딱하노~ 그냥 친구맨치로 말해도 된다", "haeche"),
        ("ko", "친구처럼 말해도 되나요? 선생님한테요.", None),
        ("zh", "咱们随便点儿聊呗，别整得跟办公事似的", "casual"),
        ("th", "แหลงกันเองได้เลยหนิ ไม่ต้องคุณ ๆ ให้เมื่อย", "casual"),
        ("id", "Kaku kali kau ngomongnya, kayak pegawai kantor camat.", "casual"),
        ("hi", "Sir-vir mat bolo, bas Rohit bulao.", "informal"),
        ("en", "Ah stop with the 'madam', would ya.", "casual"),
        ("de", "Mir kenna uns ruhig duzn, i bin da Sepp.", "informal"),
        ("de", "red ma janz normal mit mir, wa?", "informal"),
        ("de", "Ab jetzt bitte wieder förmlich, das Duzen war mir zu schnell.", "formal"),
        (
            "fr",
            "Franchement, tout ce 'vous' me donne l'impression de parler à l'administration.",
            "informal",
        ),
        ("fr", "Le tutoiement, très peu pour moi. Restons-en au vous.", "formal"),
        ("it", "Ao', damose der tu, che me fai sentì vecchio!", "informal"),
        ("it", "Ciao, puoi chiamarmi Giò, non serve il signora", "informal"),
        ("it", "Puoi chiamarmi domani?", None),
        ("pt", "Me chama de Dudu, todo mundo chama.", "informal"),
        ("pt", "Me chama de novo amanhã.", None),
        ("pt", "A partir de agora, por favor, me chame de 'o senhor'.", "formal"),
        ("nl", "Zeg, laot da meneer mar zitte, ik ben gewoon Sjef.", "informal"),
        ("nl", "Ik ben niet je maatje. Graag een zakelijke toon.", "formal"),
        ("ru", "Не называйте меня «Сашенька». Я Александра Викторовна.", "formal"),
        ("ru", "Давайте без фамильярности.", "formal"),
        ("ru", "зачем так пафосно базаришь? проще будь, мы ж свои", "informal"),
        ("vi", "Làm ơn đừng gọi tôi bằng biệt danh 'Tũn' nữa, gọi là anh Dũng.", "polite"),
        # Families of the twentieth: a professional tone against a pet name,
        # wishes for more formality, dialect; each beside a look-alike.
        ("de", "Das 'Schatzi' können Sie sich sparen.", "formal"),
        ("de", "Den Kuchen können Sie sich sparen.", None),
        ("de", "Ich erwarte einen sachlichen, respektvollen Ton.", "formal"),
        ("de", "boah dieses 'Sehr geehrter Kunde' nervt, nenn mich einfach Kalle", "informal"),
        ("de", "Nenn mich einfach, wenn du Zeit hast.", None),
        ("de", "Sie brauchen nicht so förmlich sein.", "informal"),
        ("de", "Hör uf mit dem Sie, das isch mir z'stiif. Säg eifach du.", "informal"),
        ("fr", "Merci d'arrêter avec « mon grand ».", "formal"),
        ("fr", "Un ton plus professionnel, s'il vous plaît.", "formal"),
        ("fr", "Le rapport doit adopter un ton plus professionnel.", None),
        ("fr", "Je préfère le « vous ».", "formal"),
        ("fr", "Je préfère vous voir demain.", None),
        # French quotation marks with their spaces are quotation marks too.
        ("fr", "Ça me gêne un peu tout ce « vous »… on pourrait faire plus simple ?", "informal"),
        (
            "es",
            "Por favor, nada de 'mi amor' ni 'cariño'. Manténgase profesional conmigo.",
            "formal",
        ),
        ("es", "Quillo, déjate de 'don Manuel', que yo soy Manolo.", "informal"),
        ("es", "no me hables tan formal porfa jaja", "informal"),
        ("it", "Evita 'tesoro' per favore, siamo in un contesto professionale.", "formal"),
        ("it", "Vorrei che d'ora in poi si rivolgesse a me in modo più formale.", "formal"),
        ("it", "Non serve tutta questa formalità, parlami come a un amico.", "informal"),
        ("pt", "Agradecia um tom mais cerimonioso daqui em diante.", "formal"),
        ("pt", "Tás a ser muito formal comigo, relaxa. Sou o Tiago.", "informal"),
        ("nl", "Noem me alsjeblieft geen 'schat'.", "formal"),
        ("nl", "Effe normaal doen joh, geen 'meneer' hier.", "informal"),
        ("ru", "Давайте соблюдать деловой тон.", "formal"),
        ("th", "ช่วยคุยแบบมืออาชีพหน่อย", "polite"),
        ("vi", "Làm ơn giữ thái độ chuyên nghiệp, đừng gọi tôi là 'bé' nữa.", "polite"),
        ("id", "Tolong jangan panggil saya 'say' atau 'kak'.", "standard"),
        ("id", "nggak usah 'Anda-Anda'an. Kamu-aku aja biar enak.", "casual"),
        ("zh", "麻烦以后说话规范一点，用“您”。", "polite"),
        ("zh", "唔使咁正经啦，当我系老友咁倾就得。", "casual"),
        ("ja", "もう少しきちんとした言葉遣いでお願いできますか。", "polite"),
        ("ja", "「りゅう」でいいっすよ。様とか付けなくていいんで。", "casual"),
        ("ko", "ㅋㅋ 님 자 빼고 그냥 지우라고 불러요", "haeche"),
        ("ko", "님 자 붙여서 불러 주세요", "haeyoche"),
        ("hi", "अरे भाई 'आप-आप' छोड़ो, तू बोल ले", "informal"),
        ("hi", "एतना सर-सर मत करिए, हमको पप्पू बोलिए", "informal"),
        ("en", "Y'all don't gotta call me ma'am, sugar.", "casual"),
        # Families of the twenty-first, each beside a look-alike.
        ("ja", "今後は「ゆうちゃん」ではなく「佐藤さん」と呼んでいただけますか。", "polite"),
        ("ja", "田中さんって呼んでるよ。", None),
        ("ja", "〜さんとかいらんけん、たけしって呼んでくれたらよかよ", "casual"),
        ("ja", "もう少し改まった言葉遣いにしてもらえますか。", "polite"),
        ("ko", "말 좀 놓지 마세요. 우리 친구 아니잖아요.", "haeyoche"),
        ("ko", "그렇게 깍듯하게 안 혀도 되유~ 편하게 말 놓으셔유", "haeche"),
        ("zh", "别整那些“您”啊“您”的，咱唠嗑随意点儿呗", "casual"),
        ("th", "เลิกเรียกผมว่า 'เฮีย' ได้แล้ว ผมเป็นลูกค้านะครับ", "polite"),
        ("th", "เรียกเค้าว่าแกก็ได้ ไม่ซีเรียส", "casual"),
        ("vi", "chừ mình thân rồi, khỏi 'dạ thưa' chi cho mệt, nói kiểu bạn bè đi", "casual"),
        ("hi", "अरे साहब-वाहब छोड़िए, बस रोहन बुलाइए मुझे", "informal"),
        (
            "hi",
            "Music school ke guruji ko invitation bhejna hai, thoda formal Hindi mein likh do",
            None,
        ),
        ("en", "Wha yuh a call me 'sir' fah? Jus call me Dwayne, man", "casual"),
        ("de", "da könn'mer ooch Du sagen, gelle?", "informal"),
        ("de", "Moin! Lass man dat 'Sie' weg, ik bün Hinnerk.", "informal"),
        ("de", "Nennen Sie mich bitte nicht mehr 'Schatzi'.", "formal"),
        ("de", "Herr Schulze war mein Vater. Ich bin einfach Tom", "informal"),
        ("de", "Herr Schulze war mein Lehrer in der Grundschule.", None),
        ("es", "dejá de decirme 'señor' que me hacés sentir viejo", "informal"),
        ("it", "Per favore non mi chiami più 'tesoro'.", "formal"),
        ("it", "Preferirei un tono più professionale e il Lei, grazie.", "formal"),
        ("it", "dai, smettila con tutte 'ste formalità e parlami normale", "informal"),
        ("it", "Il caffè col tu?", None),
        ("pt", "Prefiro que a partir de agora se dirija a mim como Sr. Macuácua.", "formal"),
        ("nl", "Allez, ge moogt gewoon 'ge' zeggen tegen mij hé", "informal"),
        ("nl", "Ik stel het niet op prijs dat je me 'schatje' noemt.", "formal"),
        ("ru", "Ой, я вас умоляю, какое «вы»? Говорите мне «ты»", "informal"),
        ("ru", "Не называйте меня «Леночка». Елена Викторовна, будьте добры.", "formal"),
        # Families of the twenty-second and twenty-third sets: dialect, a title
        # or a pet name refused, wishes for a formal tone; each beside a look-alike.
        ("ko", "'자기야'라고 부르는 거 좀 불편하네요. 그냥 고객님이라고 해 주세요.", "haeyoche"),
        ("zh", "侬介客气做啥啦，随便点讲闲话好了", "casual"),
        ("zh", "他这么客气干嘛？", None),
        ("zh", "以后称呼我的时候请用“陈律师”，谢谢配合。", "polite"),
        ("zh", "咱俩别整那么正式了，就当朋友聊天呗", "casual"),
        ("vi", "Mình chắc cỡ tuổi nhau á, xưng tui với bồ cho thân nha", "casual"),
        ("vi", "Thôi đừng gọi dạ thưa quý khách nữa, kêu tui là Út được rồi", "casual"),
        ("id", "indak usah ba-Pak-Pak, sabuik namo ambo se: Fikri.", "casual"),
        ("hi", "Please mujhe 'bro' mat bulao, main yahan tax ke kaam se aaya hoon.", "formal"),
        ("hi", "mujhe Mr. Verma mat bolo, Vicky bolo sab yahi bulate hain", "informal"),
        ("hi", "म्हने 'साहब' मत कहो, सीधा रमेश बोल दो।", "informal"),
        ("hi", "ओए इतनी फॉर्मैलिटी किस गल दी? सीधा 'तू' बोल ले", "informal"),
        (
            "en",
            "I'd prefer we kept things professional from here on — less chummy, please.",
            "formal",
        ),
        ("en", "We kept things professional at the meeting, as always.", None),
        ("en", "Just Jamie, no need for the Mr Stewart bit, aye?", "casual"),
        ("de", "Etz hör fei auf mit dem Sie, des is ja schrecklich steif", "informal"),
        (
            "de",
            "Ab sofort bitte wieder Sie und etwas sachlicher, das hier ist dienstlich.",
            "formal",
        ),
        ("de", "Das 'Herr Dr. Brandl' können wir uns sparen, Michi passt.", "informal"),
        ("de", "Mir kenna ins ruhig duzn, i bin dr Sepp.", "informal"),
        ("fr", "lache le « monsieur », appelle moi juste Max stp", "informal"),
        ("fr", "Lâchez le monsieur, il n'a rien fait !", None),
        ("fr", "Pourriez-vous cesser de m'appeler « ma belle » ? Je trouve ça déplacé.", "formal"),
        ("es", "oe q tanta formalidad, dime Juanchito nomás", "informal"),
        ("es", "¿Qué tanta formalidad se necesita en una boda?", None),
        ("it", "Non mi chiami 'tesoro', per cortesia. Sono l'avvocato Ferri.", "formal"),
        ("pt", "Pode largar o 'prezado cliente', tô aqui só querendo saber do óculos", "informal"),
        ("nl", "Zèk mer gewoon 'doe' tegen mich, iech bin Sjeng.", "informal"),
        ("nl", "Moi! Dat 'meneer' hoeft nait hoor, zeg mor gewoon Harm.", "informal"),
        ("nl", "Liever niet 'makker' noemen. Meneer De Vries is prima.", "formal"),
        ("nl", "doe effe relaxed, je klinkt als de gemeente lol", "informal"),
        ("ru", "Да ну, какой я Сергей Викторович, зови Серёгой, чё ты", "informal"),
        ("ru", "Прошу впредь сохранять деловой тон и не называть меня «Димон».", "formal"),
        ("ja", "下の名前で呼んでくれたら嬉しいな。ゆうきでいいよ", "casual"),
        ("ja", "すみません、ちゃん付けで呼ぶのはやめてもらえますか。", "polite"),
        ("ko", "저를 '자기'라고 부르지 말아 주세요. 김 과장이라고 해 주세요.", "haeyoche"),
        ("ko", "은행 상담인데 너무 가볍게 말씀하시네요. 좀 더 격식 있게 부탁드립니다.", "haeyoche"),
        ("ko", "영 딱딱허게 안 해도 되어마씸, 편하게 골읍서", "haeche"),
        ("ko", "아따 뭐 그라고 딱딱하게 말한당가, 편하게 혀", "haeche"),
        (
            "de",
            "Es handelt sich um einen Notartermin. Ich bitte um eine sachliche und förmliche Ansprache.",
            "formal",
        ),
        ("de", "Hör ens, mer sin doch nit om Amt. Do kanns ruhig Du sage.", "informal"),
        ("de", "Ich möchte nicht mit 'Schatzi' angesprochen werden.", "formal"),
        ("de", "Meine Chefin besteht darauf, dass alle sie mit Frau Müller ansprechen.", None),
        ("fr", "Merci de garder un ton professionnel, nous ne sommes pas amis.", "formal"),
        ("it", "Uè, ma che stamm' 'o municipio? Damme d'o tu, frà", "informal"),
        ("it", "dai smettila con signora, sono Giulia", "informal"),
        ("pt", "kkk q formalidade, me chama de Bia 😄", "informal"),
        ("pt", "relaxa, fala comigo como amigo, pode ser?", "informal"),
        ("nl", "waarom zo stijfjes? gewoon Daan zeggen", "informal"),
        ("nl", "Allee, zeg gewoon gij tegen mij, da meneer-gedoe hoeft ni", "informal"),
        ("hi", "म्हनै राजू कह दो सा, इत्ती इज्जत री जरूरत कोनी", "informal"),
        ("hi", "यह नोटरी का काम है, कृपया थोड़ी औपचारिक भाषा रखिए।", "formal"),
        ("hi", "का हो, एतना इज्जत से काहे बोलत बाड़ऽ? हमरा के तू कह के बोलऽ", "informal"),
        ("vi", "Đây là việc công chứng, đề nghị dùng cách xưng hô trang trọng.", "polite"),
        ("id", "santai aja bro, anggap kita temen", "casual"),
        ("id", "Temanku selalu pakai 'gue-lo' sama bosnya, berani banget.", None),
        ("zh", "這是銀行業務，麻煩正式一點，別用暱稱。", "polite"),
        ("th", "ขอภาษาที่เป็นทางการหน่อยครับ นี่เรื่องธุรกรรมธนาคาร", "polite"),
        ("th", "เรียกฉันว่าแก้วเฉยๆ ก็ได้... เอ้ย ไม่เป็นไร แบบเดิมดีแล้ว", None),
        # Families of the twenty-fourth set, each beside a look-alike.
        ("ja", "すみません、「ちゃん」付けで呼ぶのはやめていただけますか。", "polite"),
        ("ja", "ゆうきって呼んでくれていいよ！「様」とかいらないから", "casual"),
        ("ko", "고마 편하게 말 놓으래이, 딱딱하게 그라지 말고", "haeche"),
        ("ko", "왜 이렇게 딱딱해요? 그냥 지수라고 불러요 ㅋㅋ", "haeche"),
        ("ko", "중고차 딜러한테 반말 써도 돼? 나보다 어려 보이던데", None),
        ("ko", "저한테는 반말 써도 돼요.", "haeche"),
        ("de", "Babbel doch net so geschwolle, sach aafach du zu mir, gell?", "informal"),
        ("de", "Sog ruhig du zu mir, bei ins isch des ganz normal", "informal"),
        (
            "de",
            "Lassen Sie das 'Schatzi' bitte weg. Ich möchte hier seriös beraten werden.",
            "formal",
        ),
        ("fr", "Tutoie-moi si tu veux... non en fait, garde le vous, ça me va mieux.", None),
        ("es", "Esto es una consulta de trabajo; mantenga un tono formal, gracias.", "formal"),
        ("it", "Non mi chiami 'Giuly', per favore: sono la dottoressa Conti.", "formal"),
        (
            "pt",
            "Meu professor de culinária odeia ser chamado de 'senhor', ele falou isso na aula.",
            None,
        ),
        ("pt", "Gostaria de ser tratado por 'senhor', por favor.", "formal"),
        ("pt", "Ya, mano, me trata só por tu, estamos juntos", "informal"),
        ("nl", "Noem me liever meneer De Vries, niet Kees.", "formal"),
        ("nl", "Kunnen we het wat zakelijker houden? Dit is een klacht.", "formal"),
        ("hi", "Arre boss, ye 'sir sir' kya laga rakha hai, bindaas bol na", "informal"),
        ("hi", "हमका 'जी' लगाइके मत बोलौ, सीधे रामू कहौ", "informal"),
        ("vi", "Xin hãy giữ cách nói chuyện chuyên nghiệp, đây là việc công.", "polite"),
        ("vi", "Tôi muốn bạn xưng 'tôi' và gọi tôi là 'ông', cho đúng mực.", "polite"),
        ("id", "Aduh, kagak usah pake 'Anda' segala, ngomong biasa aje ame aye", "casual"),
        ("id", "Santai maki', nda usah formal-formal, panggil ma' Ancu saja", "casual"),
        ("id", "Saya harap percakapan ini tetap profesional dan formal.", "standard"),
        ("zh", "請不要叫我'靚仔'，叫我黃生就可以，謝謝。", "polite"),
        ("zh", "叫我阿生就行，别客气", "casual"),
        ("th", "ขอให้สนทนาอย่างเป็นทางการนะคะ เรื่องนี้เป็นเรื่องงาน", "polite"),
        ("th", "เลิกใช้ครับๆ ค่ะๆ ได้แล้ว คุยกันสบายๆ เถอะ", "casual"),
        ("en", "Aiyo why so formal one, call me Wei Ling can lah", "casual"),
        # Families of the twenty-fifth set, each beside a look-alike.
        (
            "ko",
            "거 말씨가 너무 허물없수다. 나한테는 례의를 갖춰서 존대말로 말해주시라요.",
            "haeyoche",
        ),
        (
            "de",
            "Es wäre schön, wenn wir etwas lockerer miteinander reden könnten, so wie unter Freunden.",
            "informal",
        ),
        ("fr", "Eh arrête de vouvoyer amoin, cause avec moin comme un dalon", "informal"),
        ("fr", "Arrête de vouvoyer ta prof, elle t'a dit de la tutoyer !", None),
        ("es", "dime Pepe nomás, sin lo de don José", "informal"),
        (
            "es",
            "Sería genial si me hablaras como a un amigo, tan formal me pone nervioso",
            "informal",
        ),
        (
            "it",
            "Il mio capo vuole essere chiamato 'dottore', anche se non è laureato. Che ne pensi?",
            None,
        ),
        ("it", "chiamami marco e basta, niente signor rossi", "informal"),
        ("it", "Ma cu ti canusci? Dammi du Lei, pe' piacìri.", "formal"),
        ("pt", "Seria legal se a gente conversasse mais como amigos, sabe?", "informal"),
        ("nl", "Je mag gewoon je en jij tegen me zeggen hoor, u voelt zo oud.", "informal"),
        ("nl", "Zeg mar gewoon jie tegen me, ik ben gin ouwe vent", "informal"),
        (
            "nl",
            "Wilt u mij meneer De Vries noemen in plaats van Jan? Dit is een zakelijk gesprek.",
            "formal",
        ),
        ("nl", "Ik ken jou nie eens, dus gewoon u zeggen, oké? Effe normaal doen.", "formal"),
        ("ru", "Не называйте меня Танюшей, я Татьяна Сергеевна.", "formal"),
        ("hi", "sir-vir chhodo, bas Rohit bulao", "informal"),
        ("hi", "मोला तैं-तैं झन कहव, आप कहिके बात करव भइया, थोरकुन इज्जत ले।", "formal"),
        ("id", "Dak usah formal nian, ngomong biaso be samo aku", "casual"),
        ("id", "gausah pake mas, panggil dodi aja", "casual"),
        (
            "id",
            "Ngana jang bilang 'ngana' pa kita, bilang jo 'Bapak', kita nda kanal pa ngana.",
            "standard",
        ),
        ("id", "Anak-anak kos, jangan bawa temen nginep tanpa bilang ibu ya.", None),
        ("id", "Panggil aku kamu aja... eh nggak deh, tetap pakai Bapak aja.", None),
        ("zh", "恁说话咋这么不客气嘞？对俺客气点儿，叫声老师行不？", "polite"),
        ("th", "ไม่ต้องพูดครับ ๆ ดอก คุยกันเองเถอะเหว่ย", "casual"),
        ("th", "เพื่อนบอกว่าไม่ต้องพูดครับกับเขา แปลว่าอะไร", None),
        ("th", "อย่ามาเรียกฉานว่าแกหนิ ช่วยพูดเพราะ ๆ หน่อย", "polite"),
        ("th", "ทำไมพูดแข็งจัง อยากให้คุยสบาย ๆ กว่านี้หน่อย", "casual"),
        # Two bugs the twenty-sixth set showed: a nicht in the next clause, and
        # 不要 before a nickname.
        ("de", "Bitte siezen Sie mich, wir kennen uns nicht.", "formal"),
        ("zh", "我们现在谈的是工作，请保持专业，不要叫我昵称。", "polite"),
        ("zh", "叫我昵称就好", "casual"),
        # Bugs the forty-first set showed: tu or vous with someone else, and
        # tú to a third person, are no request of the user's.
        ("fr", "Est-ce qu'on vouvoie son prof de piano ? J'hésite", None),
        ("fr", "J'aimerais qu'on se vouvoie, s'il vous plaît.", "formal"),
        ("fr", "Écris un mot pour ma voisine, on se tutoie elle et moi", None),
        ("fr", "On se tutoie ? Ce sera plus simple.", "informal"),
        ("es", "Mi jefe insiste en que lo tuteemos pero me cuesta", None),
        ("es", "¿Y si nos tuteamos? Me llamo Dani.", "informal"),
        ("vi", "Mấy ông thợ xưng 'tao mày' với nhau nghe dữ lắm", None),
        # The fortieth set's families.
        ("de", "Etwas förmlicher bitte, das ist ein geschäftlicher Kontakt.", "formal"),
        ("es", "me puedes decir Pancho, así me dicen todos", "informal"),
        ("es", "¿Me puedes decir Dónde queda la tienda?", None),
        ("pt", "Prefiro que a conversa seja mais formal, se possível.", "formal"),
        ("nl", "Iets zakelijker graag. Ik ben hier voor een offerte.", "formal"),
        ("en", "Could we keep this a bit more professional, please?", "formal"),
        # Bugs the forty-second set showed: banmal to customers, and an
        # offer taken back with nee wacht.
        ("ko", "우리 직원이 손님들한테 자꾸 반말해서 컴플레인 들어왔어요", None),
        ("ko", "저한테 자꾸 반말하지 마세요", "haeyoche"),
        ("nl", "Je mag me tutoyeren... nee wacht, laat maar. Hoe laat begint de les?", None),
        # The forty-first set's families.
        ("ja", "「ユキちゃん」とか呼ばないで。佐藤さん、でお願い", "polite"),
        ("ko", "반말 ㄴㄴ. 존댓말.", "haeyoche"),
        ("de", "Dieses ewige 'Sie' klingt so steif. Geht das nicht lockerer?", "informal"),
        ("de", "Sie ist so steif, die neue Kollegin.", None),
        ("it", "basta col tu. Lei.", "formal"),
        ("nl", "Geen 'schatje' alsjeblieft. Zakelijk blijven.", "formal"),
        ("hi", "मुझे बस रवि बोलो, सर-वर की ज़रूरत नहीं", "informal"),
        ("zh", "甭跟我这儿客气了，叫我大刘就成", "casual"),
        ("th", "อย่ามาเรียกว่า 'ที่รัก' สุภาพหน่อย", "polite"),
        # The forty-second set's families.
        ("de", "Mir kennad ons au duza, des Sie isch mir z'steif", "informal"),
        ("de", "Ey, lass ma det Jesieze, sag eenfach du zu mir", "informal"),
        ("it", "Preferirei essere chiamato Ing. Bassi, non per nome.", "formal"),
        ("pt", "Oxe, meu rei, deixe de senhor, me chame de Tonho", "informal"),
        ("pt", "Por favor, não me chame de Tonho.", None),
        ("ru", "Можешь мне не выкать, я не обижусь)", "informal"),
        ("zh", "侬覅叫我先生了，叫我阿强好了", "casual"),
        ("en", "Aiyah no need so formal lah, call me Ah Boon can already", "casual"),
        # The forty-third set's families.
        ("de", "Sach eefach du zu mir, gloar?", "informal"),
        ("de", "Sog afoch du zu mir, passt scho", "informal"),
        ("de", "Herr Dr. Brandt, bitte. Nicht 'Kumpel'.", "formal"),
        ("it", "sono Giulia 😂 chiamami per nome", "informal"),
        ("nl", "mag ook met je en jij hoor", "informal"),
        ("nl", "Het mag ook met je fiets, hoor.", None),
        ("hi", "Oye paaji, mainu tu keh ke bulao", "informal"),
        ("vi", "Kêu tau là Hùng được rồi", "casual"),
        ("id", "panggil kita Roni jo, torang santai", "casual"),
        ("th", "เม้าท์กับเราแบบแก-ฉันได้เลย", "casual"),
        ("en", "jus call mi Dre, yuh zeet?", "casual"),
        # Bugs the forty-fourth set showed: a custom reported (on se tutoie
        # tous), offers taken back (그냥 지금처럼, để vậy đi), and passt
        # schon that confirms a request rather than taking it back.
        ("fr", "Au club on se tutoie tous, c'est normal ?", None),
        ("fr", "On se tutoie ?", "informal"),
        ("ko", "반말 써도 돼. 아니, 그냥 지금처럼 하자", None),
        ("vi", "Cứ gọi mình là Lan... thôi, để vậy đi", None),
        ("de", "Das Gesieze ist mir zu steif, sag einfach du, passt schon", "informal"),
        # The forty-fourth set's families.
        ("de", "Nenn mich nicht 'Schatzi'. Frau Dr. Brandt reicht völlig.", "formal"),
        ("de", "Frau Dr. Brandt reicht den Antrag morgen ein.", None),
        ("de", "Könnten Sie bitte etwas förmlicher formulieren?", "formal"),
        ("de", "Dieses 'Sie' klingt, als wär ich 80 lol, bitte duzen", "informal"),
        ("nl", "Niet 'schatje' noemen aub. Gewoon mevrouw De Vries.", "formal"),
        ("ru", "Общайся, пожалуйста, более официально.", "formal"),
        ("hi", "ye aap-shaap chhod na, tu bol apun ko", "informal"),
        ("id", "Udeh, panggil aje Bang Rojali, santai aje", "casual"),
        ("zh", "请保持正式、专业的语气。", "polite"),
        ("th", "พูดเป็นทางการจังเลย ขอแบบเพื่อนคุยกันได้ปะ", "casual"),
        ("en", "Abeg no dey call me 'madam' again o, just yarn me normal", "casual"),
        ("en", "Could you keep the tone professional going forward?", "formal"),
        # The forty-fifth set's families.
        ("ja", "呼び捨てやめて。佐藤さんって呼んで。", "polite"),
        ("ko", "존댓말 그렇게 안 해도 일없슴다. 우리 그냥 편하게 말 놓기오", "haeche"),
        ("ko", "말 좀 가려서 해. 존댓말로.", "haeyoche"),
        ("de", "Jung, loss dat Sie, do säht mer du!", "informal"),
        ("it", "Aò, ma che me dai der Lei? Dammi der tu, daje", "informal"),
        ("nl", "je mag me gewoon Lotte noemen hoor", "informal"),
        ("nl", "U mag mij meneer Jansen noemen.", "formal"),
        ("ru", "Прошу называть меня Ирина Викторовна, а не Ира.", "formal"),
        ("id", 'Pake "ko" saja sama saya, santai ji', "casual"),
        ("id", "Yang sopan. Saya bukan teman Anda.", "standard"),
        ("en", 'Mr. Hughes. Not "mate".', "formal"),
        # Bugs the forty-sixth set showed: polite speech waived (丁寧に話さんでも
        # ええ) read as asked for, a notice for customers (공지문) not taken
        # for a draft, an offer taken back with bon non, and a friend's habit
        # (आप कहकर बात करता है) read as the user's request.
        ("ja", "そない丁寧に話さんでもええよ", "casual"),  # casual since its family
        ("ja", "もっと丁寧に話してください", "polite"),
        ("ko", "고객한테 보낼 공지문 좀 써줘, 최대한 정중한 존댓말로", None),
        ("fr", "On pourrait se tutoyer... bon non. Vous livrez le samedi ?", None),
        ("hi", "मेरा दोस्त अपनी बिल्ली से भी आप कहकर बात करता है", None),
        ("hi", "मुझसे आप कहकर बात कीजिए", "formal"),
        # The forty-sixth set's families.
        ("ja", "そない丁寧に話さんでもええよ〜、タメ口でかまへんえ", "casual"),
        (
            "de",
            "Das ganze 'Sie' hier fühlt sich so steif an, können wir nicht einfach du sagen?",
            "informal",
        ),
        ("de", "Geh, tua mi net so vornehm siazn, sog oafach du", "informal"),
        ("fr", "Voyons donc, lâche le vous là, tutoie-moé tsé", "informal"),
        ("it", "La prego di chiamarmi ingegner Rossi, non per nome.", "formal"),
        ("nl", "Ik zou het op prijs stellen als u mij met mevrouw Jansen aanspreekt.", "formal"),
        ("ru", "Я вам не 'дружище'. На вы, пожалуйста.", "formal"),
        ("hi", "mujhe bas Rinku bulao, 'sir' sunke ajeeb lagta hai", "informal"),
        ("th", "พูดแข็งจังเลย ขอแบบกันเองได้มั้ย", "casual"),
        # A bug the forty-seventh set showed: คุณ and a name to be called by
        # read as waiving คุณ.
        ("th", "รบกวนใช้ภาษาทางการหน่อยนะคะ เรียกว่า 'คุณสมศรี' ก็พอ", "polite"),
        ("th", "เรียกว่า 'ศรี' ก็พอ", "casual"),
        # The forty-seventh set's families.
        ("ko", "나한테 '고객님' 이러지 말고 그냥 '지수야' 해 줘 ㅎㅎ", "haeche"),
        ("de", "Chönd Sie mi bitte sieze?", "formal"),
        ("fr", "c'est bizarre ce ton super poli, on peut se parler normal ?", "informal"),
        ("fr", "Gardons un ton professionnel s'il vous plaît, pas de 'ma belle'.", "formal"),
        ("nl", "Spreek mij mo gewoon aan mè 'ge', zonder al da 'u' gedoe.", "informal"),
        ("nl", "Zeg mor u tegen mie, wie binnen gain kammeroaden.", "formal"),
        ("nl", "kun je wat losser doen? voelt alsof ik met de belastingdienst praat", "informal"),
        ("ru", "Прекратите мне тыкать.", "formal"),
        ("ru", "Слушай, можно без этих «пожалуйста-извольте»? Проще общайся со мной", "informal"),
        ("hi", "म्हारे सूं इतनो फॉर्मल मत बोलो सा, 'तू' केह दो", "informal"),
        ("vi", "Tôi không phải bạn bè của bạn. Xưng hô cho chuẩn mực.", "polite"),
        ("id", "Aduh teh, panggil aja aku 'Neng', biar akrab", "casual"),
        ("id", "Bah, jangan panggel kamek 'bro' lah, pakai 'Bapak' jak.", "standard"),
        ("id", "santai aja ngobrol sama aku, kayak temen", "casual"),
        ("id", "Stop panggil saya 'beb'. Tidak profesional.", "standard"),
        ("zh", "请你用'您'跟我讲好不好", "polite"),
        ("th", "พูดกู-มึงกับเราก็ได้นะ สนิทกันแล้ว", "casual"),
        ("en", "Kindly address me as Madam Wanjiru, not 'dear'.", "formal"),
        # Bugs the forty-eighth set showed: an etiquette question (タメ口で話
        # しても失礼じゃないかな？), a grandmother's habit (敬語で話しよる) and a
        # text message for a friend (texto) read as the user's request.
        ("ja", "トレーナーさんが年下なんだけど、タメ口で話しても失礼じゃないかな？", None),
        ("ja", "うちのばあちゃん、店員さんにもずーっと敬語で話しよるとよ。", None),
        ("ja", "できれば敬語で話していただけるとありがたいです。", "polite"),
        ("fr", "Écris-moi un petit texto décontracté pour mon pote, genre on se tutoie.", None),
        # The forty-eighth set's families.
        ("ja", "そぎゃん丁寧にせんでよかよ、友達としゃべるごつ話してくれんね", "casual"),
        ("de", "Du darfst ruhig locker mit mir reden", "informal"),
        ("de", "Seit wann duzen wir uns? Unterlassen Sie das.", "formal"),
        ("es", "No soy tu 'mi amor'. Señora Gutiérrez, gracias.", "formal"),
        ("it", "Lassa pierdi il Lei, cjò, dami dal tu", "informal"),
        ("pt", "Menos intimidade, ok? Me trate como cliente.", "formal"),
        ("nl", "Doe mar gewoon, zeg mar iej tegen mie", "informal"),
        ("nl", "Ik ben meneer De Vries voor u, niet 'Henk'.", "formal"),
        ("ru", "балакай со мной попроще, на ты", "informal"),
        ("hi", "मोला आप-आप झन कहव भइया, तैं कहिके गोठियाव", "informal"),
        ("id", "panggil tiang Gek Ayu saja nggih, jangan 'Ibu'", "casual"),
        ("id", "Panggil tiang Bu Ayu saja.", None),
        ("th", "พูดจาให้มันดีๆ หน่อย ไม่ใช่เพื่อนเล่น", "polite"),
        # A bug the forty-ninth set showed: a likeness (พูดเป็นทางการเหมือน
        # หนังสือราชการ, "you talk like an official letter") describes the bot;
        # it asks for no polite speech.
        ("th", "โห พูดเป็นทางการเหมือนหนังสือราชการเลย 555", None),
        ("th", "ช่วยพูดเป็นทางการหน่อยครับ", "polite"),
        # The forty-ninth set's families.
        ("ko", '"지민아"라고 부르지 마세요. 김지민 고객님이라고 해 주세요.', "haeyoche"),
        ("de", "Hey, ich bin Student, kannst mich einfach Tim nennen und duzen.", "informal"),
        ("fr", "Vous pourriez cesser de m'appeler « ma belle » ?", "formal"),
        ("fr", "Je souhaite un ton plus professionnel.", "formal"),
        ("it", "Uè, ma che è tutta 'sta formalità? Parlame comme a 'n amico, jamme!", "informal"),
        ("it", "Non mi piace il tono confidenziale dell'app. Usate il Lei, per favore.", "formal"),
        ("pt", 'Chega de "e aí, parceiro". Sou cliente, não seu amigo.', "formal"),
        ("pt", "Use uma linguagem formal, por favor.", "formal"),
        (
            "nl",
            'Hedde gij nou echt da ge "u" moet zeggen? Doe mar gewoon, jong, we zijn hier onder ons.',
            "informal",
        ),
        (
            "nl",
            'Ik vind het allemaal nogal amicaal. Spreek mij gewoon met "u" aan, dank u.',
            "formal",
        ),
        ("ru", "Ну ты и официальный 😂 расслабься, говори со мной как с другом.", "informal"),
        ("hi", 'मुझे "स्वीटी" मत कहिए। मैं श्रीमती वर्मा हूँ।', "formal"),
        ("hi", "मैं तो कॉलेज स्टूडेंट हूँ, मुझे राहुल बुला लो और आराम से बात करो।", "informal"),
        ("hi", "मुझे वहाँ बुला लो।", None),
        ("vi", "thả lỏng đi, nói với mình kiểu bạn bè nha.", "casual"),
        ("th", 'บ่าต้องเป็นทางการเจ้า อู้กันแบบเปื้อนก็ได้ เรียกเฮาว่า "แก้ว" ก็ได้เจ้า', "casual"),
        ("th", "โห พูดเป็นทางการเหมือนหนังสือราชการเลย 555 สบายๆ ได้นะ", "casual"),
        (
            "en",
            'Och, nae need fur aw the "Dear Sir" stuff, just talk tae me like a pal, aye?',
            "casual",
        ),
        (
            "en",
            "Ah stop, you're awful formal altogether. Call me Siobhán, sure we're grand.",
            "casual",
        ),
        (
            "en",
            'Arre, no need of all this "sir-madam" business yaar, just talk casually like a friend only.',
            "casual",
        ),
        ("en", "Call me ASAP.", None),
        # The fiftieth set's families.
        ("ja", "丁寧すぎて肩こるわｗ もっとゆるくていいよ", "casual"),
        ("ko", "너 말투 완전 회사원 같아 ㅋㅋ 친구처럼 말해봐, 오케이?", "haeche"),
        ("ko", "말투가 너무 가볍네요. 정중하게 존댓말로 응대 부탁드립니다.", "haeyoche"),
        ("ko", "나 제주 사름이우다. 그냥 반말허멍 편하게 헙서.", "haeche"),
        (
            "de",
            "Alter, du klingst wie ein Amtsschreiben 😂 Red einfach normal mit mir.",
            "informal",
        ),
        (
            "de",
            "Sportverein hin oder her, wir sind keine Kumpels. Bleiben Sie bitte beim Sie.",
            "formal",
        ),
        ("fr", "Votre ton est un peu trop familier. Merci de rester au vouvoiement.", "formal"),
        ("fr", "Ne m'appelez pas « ma belle », je ne suis pas votre copine.", "formal"),
        (
            "nl",
            "Hoi, zèg mer gewoon 'doe' tege mich, dat 'u' is niks veur us in Limburg.",
            "informal",
        ),
        (
            "id",
            "Rek, jangan panggil 'Bapak' terus dong. Panggil Cak Budi aja, santai kayak konco.",
            "casual",
        ),
        ("id", "Panggil Mas Budi aja, dia yang tahu.", None),
        ("zh", "我们不熟，请不要用这么随便的口气。请称呼我张教练。", "polite"),
        (
            "en",
            "Ag man, stop with the 'Dear Sir' nonsense, just chat to me lekker casual, like a chommie.",
            "casual",
        ),
        # Bugs the fifty-first set showed: what the user did (うっかりタメ口で
        # 話しちゃった), a thank-you text for a dentist (감사 문자), offers taken
        # back without naming a level (mejor lo dejamos como está; Ach nee,
        # laat maar zo) and a teacher's forms with her pupils (xưng 'tao mày'
        # với học trò) read as the user's requests.
        ("ja", "歯医者の受付の人にうっかりタメ口で話しちゃったんだけど、失礼だったかな？", None),
        ("ja", "タメ口で話しちゃって！", "casual"),
        ("ko", "치과 원장님께 보낼 감사 문자, 정중한 존댓말로 써 줄래?", None),
        (
            "es",
            "Bueno, podríamos tutearnos... no, mejor lo dejamos como está. ¿Qué horario tiene?",
            None,
        ),
        (
            "nl",
            "Zullen we elkaar tutoyeren? Ach nee, laat maar zo. Hebben jullie nog brokken?",
            None,
        ),
        ("vi", "Cô giáo dạy tiếng Anh của tôi xưng 'tao mày' với học trò, sốc thật.", None),
        ("vi", "Cứ xưng 'tao mày' với tui cho thân nha", "casual"),
        # The fifty-first set's misses, as families: dialect and chat (on se dit
        # tu; parlami come parleresti a un amico; fala comigo que nem gente;
        # praat gewoon met me als een maat; ge moet mie nie zo deftig
        # aanspreken; तुम-ताम में बतियाओ; थोड़ा कूल बनो ना; thoải mái chút đi;
        # xưng tau với mi; panggil sa Ancu; 叫我老铁; 随意点嘛; ชิลๆ หน่อยดิ)
        # and plain words (제 이름 막 부르지 마세요; 김 과장님이라고
        # 부르세요; bij mijn voornaam; 'मिस्टर वर्मा' कहें; 请保持正式的称呼;
        # ขอความกรุณาใช้ภาษาทางการ; ไม่ชอบให้เรียกชื่อเล่น) ...
        ("ko", "제 이름 막 부르지 마세요. 김 과장님이라고 부르시든가요.", "haeyoche"),
        ("ko", "이름 함부로 부르지 마시고요, 박 팀장님이라고 부르세요.", "haeyoche"),
        ("ko", "제 이름을 그냥 부르지 말아 주세요.", "haeyoche"),
        ("fr", "Allez, pas de chichis, on se dit tu, hopla ! Moi c'est Seppi.", "informal"),
        ("fr", "Bon, on peut se dire « tu », non ? Ce sera plus simple.", "informal"),
        ("it", "Ma quanto sei ingessato! Parlami come parleresti a un amico al bar.", "informal"),
        ("it", "Dai, trattami come un amico e lascia stare il lei.", "informal"),
        ("pt", "Credo, que robô engomadinho! Fala comigo que nem gente, mano.", "informal"),
        ("pt", "Ô trem, fala igual gente normal comigo, sô.", "informal"),
        (
            "nl",
            "Ik stel het niet op prijs dat u mij bij mijn voornaam noemt. Graag gewoon meneer Jansen.",
            "formal",
        ),
        ("nl", "Noem me alstublieft niet bij mijn voornaam.", "formal"),
        (
            "nl",
            "Ouwe, doe effe normaal, praat gewoon met me als een maat, geen gezeik met 'u'.",
            "informal",
        ),
        ("nl", "Praat maar tegen me als tegen een vriend, hoor.", "informal"),
        (
            "nl",
            "Zeg, ge moet mie nie zo deftig aanspreken, we zyn ier oender ons. Zeg mo Frankie.",
            "informal",
        ),
        ("nl", "Je hoeft me niet zo formeel aan te spreken, hoor.", "informal"),
        ("hi", "आप मुझे मेरे पहले नाम से न बुलाएँ, कृपया 'मिस्टर वर्मा' कहें।", "formal"),
        ("hi", "मुझे नाम से मत बुलाइए, 'श्रीमती जोशी' कहिए।", "formal"),
        ("hi", "अरे भइया, एतना तकल्लुफ़ काहे? हमसे तुम-ताम में बतियाओ, हम घरहि के आदमी हैं।", "informal"),
        ("hi", "इतना तकल्लुफ़ क्यों? आराम से बात करो।", "informal"),
        ("hi", "भाई, तुम तो सरकारी दफ़्तर के बाबू जैसे बोल रहे हो 😂 थोड़ा कूल बनो ना!", "informal"),
        ("hi", "यार थोड़ा फ्रेंडली हो जाओ, इतनी भारी भाषा क्यों?", "informal"),
        (
            "vi",
            "Trời ơi, nói chuyện như văn bản hành chính ấy 😅 thoải mái chút đi bạn ơi.",
            "casual",
        ),
        ("vi", "Sao nói chuyện y như văn bản hành chính vậy, thoải mái xíu đi.", "casual"),
        ("vi", "Răng mà khách sáo rứa? Cứ xưng tau với mi cho thân, ri cho dễ nói.", "casual"),
        ("vi", "Xưng tao mày cho nhanh đi.", "casual"),
        (
            "id",
            "Ededeh, kaku sekali bahasanya. Santai mi saja, panggil sa Ancu, kayak teman ji.",
            "casual",
        ),
        ("id", "Panggil sa Ucok saja, tra usah Bapak.", "casual"),
        ("zh", "请注意你的措辞，我们不是朋友，请保持正式的称呼。", "polite"),
        ("zh", "请保持礼貌的称呼，谢谢。", "polite"),
        ("zh", "哎妈呀，整这么正经干啥，唠嗑就完了呗，叫我老铁！", "casual"),
        ("zh", "叫我兄弟就行，别整那些虚的。", "casual"),
        ("zh", "你说话咋跟公文似的😂 随意点嘛。", "casual"),
        ("zh", "别跟新闻联播似的，随意点呗。", "casual"),
        ("th", "พูดเหมือนหนังสือราชการเลยอะ 555 ชิลๆ หน่อยดิ", "casual"),
        ("th", "ชิลล์ๆ หน่อยนะ ไม่ต้องเกร็ง", "casual"),
        ("th", "ขอความกรุณาใช้ภาษาทางการค่ะ ไม่ชอบให้เรียกชื่อเล่น", "polite"),
        ("th", "กรุณาใช้ภาษาสุภาพกับดิฉันค่ะ", "polite"),
        ("th", "ไม่ชอบให้เรียกชื่อเล่นครับ", "polite"),
        # ... and what must stay as it is.
        ("fr", "Au bureau, on se dit tu entre collègues, c'est normal ?", None),
        ("zh", "别叫我老铁，我们不熟。", "polite"),
        ("it", "Mio figlio mi parla come parlerebbe a un amico al bar.", None),
        ("hi", "वो तो सरकारी बाबू जैसे बोलता है।", None),
        ("nl", "Mijn baas praat tegen me als een maat, is dat professioneel?", None),
        ("th", "เพื่อนบอกว่าไม่ชอบให้เรียกชื่อเล่นในที่ทำงาน", None),
        ("nl", "Graag gewoon meneer Jansen.", "formal"),
        ("nl", "Ik wil graag meneer Jansen spreken.", None),
        # The fifty-second set's misses, as families: dialect and chat
        # (もっとゆるくでいいよ; wie Kumpels quatschen; parle normal stp;
        # déjate ya de tanto «usted»; Parlame comme a n'amico; praat gewoon
        # chill tegen me; говори со мной нормально, как с другом; सीधा तू बोल;
        # थोड़ा चिल करो; nói chuyện xuề xoà; ngobrol santuy aja; 像哥们儿一样聊;
        # คุยแบบแก-ชั้น; talk tae me like a normal person) and plain words
        # (그런 호칭 쓰지 말고 예의 있게 말씀해 주세요; Évitez de m'appeler;
        # Trate de usted; Le pido un trato más profesional; non chiamarmi per
        # nome; mantenha um tom formal; Spreek mij graag beleefd aan;
        # 请注意用语) ...
        (
            "ja",
            "堅苦しすぎて笑う😂 もっとゆるくでいいよ、コンシェルジュ相手に緊張しちゃうわ",
            "casual",
        ),
        ("ja", "そんな堅くなくて、ゆるめでいいよ〜", "casual"),
        (
            "ko",
            "야시장 챗봇이 '자기야'가 뭡니까. 그런 호칭 쓰지 말고 예의 있게 말씀해 주세요.",
            "haeyoche",
        ),
        ("ko", "예의 바르게 대해 주십시오.", "haeyoche"),
        (
            "de",
            "Boah, so steif hier 🙈 können wir nicht einfach wie Kumpels quatschen? Geht um den Kindergeburtstag mit Zauberer.",
            "informal",
        ),
        ("de", "Lass uns einfach wie Freunde reden, ja?", "informal"),
        ("fr", "Évitez de m'appeler « ma belle ». Madame Lefèvre, ce sera très bien.", "formal"),
        ("fr", "Évitez de m'appeler « mon grand », s'il vous plaît.", "formal"),
        ("fr", "c trop guindé là mdr, parle normal stp, genre comme un pote", "informal"),
        ("fr", "Parle-moi comme à un pote, pas comme à un client.", "informal"),
        ("es", "Trate de usted, por favor. Usted y yo no somos amigos.", "formal"),
        ("es", "Oiga, usted y yo no somos amigos, así que sin confianzas.", "formal"),
        (
            "es",
            "Quillo, déjate ya de tanto «usted», que me llamo Manolo y aquí semos tós colegas, ¿vale?",
            "informal",
        ),
        ("es", "Déjate de tanto usted, hombre.", "informal"),
        (
            "es",
            "Le pido un trato más profesional. Esto es la conserjería de un hotel, no un chat de amigos.",
            "formal",
        ),
        ("es", "Quisiera un trato más formal, gracias.", "formal"),
        ("it", "La prego di non chiamarmi per nome. Sono l'avvocato Bianchi.", "formal"),
        ("it", "Non mi chiami per nome, per cortesia.", "formal"),
        (
            "it",
            "Uè guagliò, e che è tutta 'sta formalità? Parlame comme a n'amico, jamme!",
            "informal",
        ),
        (
            "pt",
            "Isto é o concierge de um hotel, certo? Então mantenha um tom formal comigo, obrigado.",
            "formal",
        ),
        ("pt", "Mantenha um tom mais profissional, por favor.", "formal"),
        ("nl", "Dit is een museum, geen kroeg. Spreek mij graag beleefd aan.", "formal"),
        ("nl", "Spreek me alstublieft netjes aan.", "formal"),
        (
            "nl",
            "pfff zo stijf allemaal 😩 praat gewoon chill tegen me, net als een vriend",
            "informal",
        ),
        (
            "ru",
            "ну ты прям как робот из налоговой 🤖 говори со мной нормально, как с другом",
            "informal",
        ),
        ("ru", "Давай попроще, говори со мной как с приятелем.", "informal"),
        ("hi", "अरे बॉस, इतना फॉर्मल काय को? अपुन से सीधा तू बोल, टेंशन नहीं लेने का।", "informal"),
        ("hi", "यार तुम बहुत रोबोट जैसे बात करते हो 😅 थोड़ा चिल करो, दोस्त की तरह बोलो ना", "informal"),
        ("hi", "मुझसे दोस्त की तरह बात करो यार।", "informal"),
        (
            "vi",
            "ui sao nghiêm túc quá zợ 😂 nói chuyện xuề xoà chút đi, coi tui như bạn thân á",
            "casual",
        ),
        ("vi", "Cứ coi mình như bạn bè mà nói chuyện nha.", "casual"),
        ("id", "wkwk formal amat sih min 😂 ngobrol santuy aja kayak temen", "casual"),
        ("id", "Ngomong santai aja, nggak usah kaku.", "casual"),
        ("zh", "这是酒店礼宾服务，请注意用语，别用这种嘻嘻哈哈的口气跟我说话。", "polite"),
        ("zh", "请注意您的用语。", "polite"),
        ("zh", "你说话好官方啊哈哈😂 放松点，像哥们儿一样聊就行", "casual"),
        ("zh", "像朋友一样聊天就好啦", "casual"),
        ("th", "แกกก พูดเป็นทางการไปป่ะ 555 คุยแบบแก-ชั้นได้เลยนะ ไม่ซีเรียส", "casual"),
        (
            "en",
            "Och, gie it a rest wi' the posh patter, pal. Jist talk tae me like a normal person, aye?",
            "casual",
        ),
        ("en", "Just talk to me like a normal person, please.", "casual"),
        # ... and what must stay as it is.
        ("fr", "Mon fils parle normal avec ses profs, c'est grave ?", None),
        ("ru", "Он говорит со мной как с другом, это нормально?", None),
        ("zh", "我同事像哥们儿一样跟老板聊天，合适吗？", None),
        ("de", "Meine Kinder quatschen mit dem Lehrer wie mit Kumpels, ist das okay?", None),
        ("es", "Mi jefe me pidió un trato más profesional con los clientes.", None),
        ("hi", "वो मुझसे दोस्त की तरह बात करता है।", None),
        # A bug the fifty-third set showed: an offer taken back in the usted
        # form (mejor déjelo como está) read as the user's request.
        (
            "es",
            "Puede tutearme... no, mejor déjelo como está. ¿Quedan entradas para Carmen?",
            None,
        ),
        ("es", "Déjelo en la mesa, por favor. Puede tutearme.", "informal"),
        # The fifty-third set's misses, as families: dialect and chat
        # (タメ口でよかよ; 고마 편하게 말 놓드래요; olvídate del 'estimado
        # cliente'; parliamo da amici; pode falar comigo na moral; Gewoon 'je'
        # is prima; 'श्रीमान जी' वाला अंदाज़ छोड़ो; panggil aye Bang Udin aje;
        # call me Seán like everyone else) and plain words (품위 있게 말씀해
        # 주시겠어요; fale comigo com respeito; शिष्टता से बात करें; Đề nghị
        # xưng hô đàng hoàng; tolong jaga etika bicara) ...
        (
            "ja",
            "バイク借っだけやっで、そげん堅苦しか言葉は使わんでよかど。タメ口でよかよ〜",
            "casual",
        ),
        ("ja", "敬語は使わんでよかよ、気楽にいこ", "casual"),
        (
            "ko",
            "거 스키 강습 예약하는데 뭐 그리 딱딱하게 말하우? 고마 편하게 말 놓드래요~",
            "haeche",
        ),
        ("ko", "편하게 말 놓으이소.", "haeche"),
        (
            "ko",
            "오페라 하우스 안내 봇이면 좀 품위 있게 말씀해 주시겠어요? '자기야'는 좀 아닌 것 같네요.",
            "haeyoche",
        ),
        ("ko", "좀 더 품위 있게 응대해 주세요.", "haeyoche"),
        (
            "es",
            "Soy Nacho, llámame así y olvídate del 'estimado cliente', porfa. Quiero clases de esquí.",
            "informal",
        ),
        ("es", "Olvídate del «señor», que me haces sentir viejo.", "informal"),
        (
            "it",
            "Sto 'gentile cliente' mi fa sentire vecchio 😅 parliamo da amici, ok? Mi serve solo una cover.",
            "informal",
        ),
        ("it", "Parliamoci da amici, dai.", "informal"),
        (
            "pt",
            "Ô meu rei, relaxa aí, pode falar comigo na moral, sem esse 'prezado cliente', viu? Só quero um ingresso pro parque de diversões.",
            "informal",
        ),
        ("pt", "Sem essa de 'senhor', fala comigo na moral.", "informal"),
        (
            "pt",
            "Chega de 'e aí, parceiro'. Isto é a Receita Federal, fale comigo com respeito, por favor.",
            "formal",
        ),
        ("pt", "Fale comigo com mais respeito, por favor.", "formal"),
        ("nl", "Doe effe normaal, ik ben geen koning. Gewoon 'je' is prima 👍", "informal"),
        ("nl", "Gewoon je is prima hoor.", "informal"),
        ("hi", "मुझे 'बेटा' या 'डियर' कहकर मत बुलाइए। मैं डॉ. शर्मा हूँ, कृपया शिष्टता से बात करें।", "formal"),
        ("hi", "कृपया शिष्टता से बात कीजिए।", "formal"),
        ("hi", "इतना 'श्रीमान जी' वाला अंदाज़ छोड़ो भाई, रामेन के बारे में बिंदास बताओ 🍜", "informal"),
        ("hi", "'सर जी' वाला स्टाइल छोड़ो यार।", "informal"),
        (
            "vi",
            "Đây là bệnh viện, không phải quán nhậu. Đề nghị xưng hô 'anh/chị' đàng hoàng, đừng 'ê bạn' với tôi.",
            "polite",
        ),
        ("vi", "Vui lòng xưng hô cho đàng hoàng.", "polite"),
        (
            "id",
            "Udah deh, jangan 'Bapak-Bapak' mulu, panggil aye Bang Udin aje. Gue mau sewa motor nih.",
            "casual",
        ),
        ("id", "Jangan panggil Bu terus dong, panggil gue Mbak Rina aja.", "casual"),
        (
            "id",
            "Saya minta dipanggil 'Dokter Hendra', bukan 'mas'. Ini urusan pembersihan karpet kantor saya, tolong jaga etika bicara.",
            "standard",
        ),
        ("id", "Mohon jaga sopan santun dalam berbicara.", "standard"),
        (
            "en",
            "Ah here, would ya stop with the 'Dear Sir', sure call me Seán like everyone else! Just booking a motorbike, like.",
            "casual",
        ),
        ("en", "Stop with the 'madam', call me Kate like everyone does.", "casual"),
        # ... and what must stay as it is.
        ("it", "I miei colleghi parlano da amici con il capo, è normale?", None),
        ("pt", "O meu chefe fala comigo com respeito, felizmente.", None),
        ("id", "Adik saya minta dipanggil 'Dokter' sejak lulus, lucu ya.", None),
        ("vi", "Ở công ty tôi, mọi người xưng hô đàng hoàng với nhau.", None),
        ("en", "My students call me Kate like everyone else does.", None),
        # A bug the fifty-fourth set showed: an offer taken back without naming
        # a level (แบบนี้แหละดีแล้ว, "this is fine as it is") read as a request.
        (
            "th",
            "ตอนแรกจะบอกให้พูดแบบกันเองได้... เอ้ย ไม่เป็นไร แบบนี้แหละดีแล้ว อาหารเช้าถึงกี่โมงครับ",
            None,
        ),
        ("th", "พูดแบบกันเองได้นะ", "casual"),
        # The fifty-fourth set's misses, as families: dialect and chat
        # (Jeju 존댓말 허지 말앙, 편하게 골으라; Roman Parlame normale; Angolan
        # fala comigo assim na boa, sem essas cenas de 'prezado cliente'; 不用
        # 那么formal啦，叫我阿明就OK; เลิกครับๆ, พูดกูมึงยังได้เลย, ใช้ 'เรา' กับ
        # 'เธอ' ก็พอ), offers in other words (mi puoi dare del tu; можешь меня
        # просто Саней звать; तुम मुझे रवि बुला सकते हो, 'सर' की कोई ज़रूरत
        # नहीं; xưng 'mình' với 'bạn', không cần 'quý khách' đâu) and curt
        # wishes for distance (반말 좀 그만하시죠; Ich bitte Sie, mich zu siezen;
        # et le vouvoiement, merci; Прекратите фамильярничать; พูดจาให้มัน
        # สุภาพหน่อย) ...
        ("ko", "게메마씀~ 나신디 존댓말 허지 말앙 편하게 골으라게 ㅎㅎ", "haeche"),
        ("ko", "존댓말 허지 말앙.", "haeche"),
        ("ko", "편하게 골으라게.", "haeche"),
        ("ko", "반말 좀 그만하시죠. 우리가 언제 봤다고.", "haeyoche"),
        ("ko", "반말 그만하세요.", "haeyoche"),
        (
            "de",
            "Ich bitte Sie, mich zu siezen. Wir kennen uns nicht, und das hier ist ein Notariat.",
            "formal",
        ),
        ("de", "Ich möchte Sie bitten, mich zu siezen.", "formal"),
        (
            "de",
            "Ey, du klingst wie 'n Finanzamt 😂 Entspann dich mal und red normal mit mir.",
            "informal",
        ),
        ("de", "Red einfach normal mit mir.", "informal"),
        (
            "fr",
            "Pardon, mais « mon grand », non. Monsieur Lambert, et le vouvoiement, merci.",
            "formal",
        ),
        ("fr", "Le vouvoiement, s'il vous plaît.", "formal"),
        (
            "it",
            "Aò, ma quanto sei ingessato? Parlame normale, come 'n amico, che qua semo ar bar!",
            "informal",
        ),
        ("it", "Parlame normale, dai.", "informal"),
        (
            "it",
            "Guarda che puoi smettere con tutti questi 'gentile cliente', mi puoi dare del tu tranquillamente.",
            "informal",
        ),
        ("it", "Mi puoi dare del tu tranquillamente.", "informal"),
        (
            "pt",
            "Mano, fala comigo assim na boa, sem essas cenas de 'prezado cliente', tá bem? Somos kambas!",
            "informal",
        ),
        ("pt", "Sem essas cenas de 'senhor', fala comigo normal.", "informal"),
        (
            "ru",
            "Слушай, можешь меня просто Саней звать, без всяких «Александр Петрович».",
            "informal",
        ),
        ("ru", "Можете меня просто Машей звать.", "informal"),
        ("ru", "Прекратите фамильярничать. Я клиент авиакомпании, а не ваш приятель.", "formal"),
        ("ru", "Хватит фамильярничать.", "formal"),
        ("hi", "तुम मुझे रवि बुला सकते हो, 'सर' की कोई ज़रूरत नहीं।", "informal"),
        ("hi", "'सर' कहने की कोई ज़रूरत नहीं।", "informal"),
        ("hi", "आप मुझे रवि बुला सकते हैं।", "informal"),
        (
            "vi",
            "Bạn cứ xưng 'mình' với 'bạn' thôi, không cần 'quý khách' đâu, nghe xa cách lắm.",
            "casual",
        ),
        ("vi", "Cứ xưng mình với bạn thôi.", "casual"),
        ("vi", "Không cần 'quý khách' đâu.", "casual"),
        ("zh", "不用那么formal啦，叫我阿明就OK，我们随便聊聊嘛。", "casual"),
        ("zh", "不用那么formal啦。", "casual"),
        ("zh", "叫我小李就OK。", "casual"),
        ("th", "เลิกครับๆ ค่ะๆ ได้แล้วแก ทางการไปป่ะ พูดกูมึงยังได้เลย 555", "casual"),
        ("th", "เลิกครับๆ ได้แล้ว", "casual"),
        ("th", "พูดกูมึงยังได้เลย", "casual"),
        ("th", "ใช้ 'เรา' กับ 'เธอ' ก็พอ ไม่ต้อง 'กระผม' 'ท่าน' ให้เกร็ง", "casual"),
        ("th", "ใช้เรากับเธอก็พอ", "casual"),
        ("th", "พูดจาให้มันสุภาพหน่อย ผมเป็นผู้โดยสารนะ ไม่ใช่เพื่อนคุณ", "polite"),
        ("th", "พูดให้สุภาพหน่อยครับ", "polite"),
        # ... and what must stay as it is.
        ("ko", "우리 애가 친구들한테 반말 좀 그만했으면 좋겠어요.", None),
        ("de", "Mein Chef hat mich gebeten, ihn zu siezen.", None),
        ("de", "Mein Kollege redet normal mit mir, nur der Chef nicht.", None),
        ("fr", "Le vouvoiement, c'est compliqué pour les étrangers.", None),
        ("ru", "Мой начальник любит фамильярничать с клиентами.", None),
        ("hi", "मेरे बॉस को 'सर' की कोई ज़रूरत नहीं लगती।", None),
        ("zh", "他不用那么formal，因为是朋友。", None),
        ("th", "เพื่อนฉันใช้เรากับเธอเวลาคุยกับแฟน", None),
        ("th", "ครูสอนให้พูดจาให้สุภาพกับผู้ใหญ่", None),
        ("vi", "Ở quán này nhân viên không cần gọi 'quý khách' đâu, họ thân thiện lắm.", None),
        # Bugs the fifty-fifth set showed: a report of what someone else does
        # read as the user's request (A minha dentista trata-me por tu; Nha sĩ
        # của tôi cứ gọi tôi là 'em'), and an offer taken back with a comma in
        # "actually, no".
        (
            "pt",
            "A minha dentista trata-me por tu e eu trato-a por você. Em Portugal isso fica mal?",
            None,
        ),
        ("pt", "Olha, trata-me por tu.", "informal"),
        ("pt", "Trata-me por tu, por favor.", "informal"),
        (
            "vi",
            "Nha sĩ của tôi cứ gọi tôi là 'em', trong khi tôi lớn tuổi hơn. Vậy có kỳ không?",
            None,
        ),
        ("vi", "Cứ gọi tôi là 'em' cũng được.", "casual"),
        ("vi", "Bạn cứ gọi mình là bạn nhé.", "casual"),
        ("en", "You can call me Ro— actually, no, 'Ms. Okafor' is fine as it is.", None),
        ("en", "You can call me Ro.", "casual"),
        # Bugs the fifty-sixth set showed: what a ferry worker keeps calling
        # the user (Anh nhân viên phà cứ gọi tôi là 'em') read as a request, as
        # after any subject but a pronoun; "by that name" after a title (उसी
        # नाम से बुलाइए) read as asking for the first name; an offer taken back
        # in "mejor seguimos así"; and a thank-you note to write (감사 인사)
        # read as the user's own request.
        ("vi", "Anh nhân viên phà cứ gọi tôi là 'em' suốt chuyến, làm tôi hơi khó chịu.", None),
        ("vi", "Anh cứ gọi tôi là em nhé.", "casual"),
        ("hi", "मुझे 'बेटा' मत कहिए। मैं श्रीमती वर्मा हूँ, उसी नाम से बुलाइए।", "formal"),
        ("hi", "मुझे नाम से बुलाइए।", "informal"),
        ("es", "Podríamos tutearnos... aunque mejor seguimos así. ¿Tienen hilo de algodón?", None),
        ("ko", "보험 설계사님께 보낼 감사 인사를 정중한 말투로 써 줘.", None),
        ("ko", "정중한 말투로 말해 주세요.", "haeyoche"),
        # The fifty-fifth set's misses, as families: wishes in other words
        # (もっと体育会系のノリでガンガン来てよ; 형처럼 말해 줘; Praat maar gewoon
        # alsof we vrienden zijn; Cứ xưng hô thân mật như bạn bè đi) and curt
        # demands for distance (言葉遣いを改めてください; Ich bitte doch um etwas
        # Professionalität; soyez un peu plus professionnel; Exijo ser tratado
        # por 'o senhor'; Ik wil graag met 'u' worden aangesproken; Прошу
        # обращаться на «вы»; 'आप' से संबोधित करें; Speak to me properly) ...
        (
            "ja",
            "トレーナーbotなんだからさ、もっと体育会系のノリでガンガン来てよ！敬語だとテンション上がらんわw",
            "casual",
        ),
        ("ja", "もっとノリでガンガン来てよ！", "casual"),
        (
            "ja",
            "鉄道会社の問い合わせで「おっけー！」はないでしょう。私は客ですよ。言葉遣いを改めてください。",
            "polite",
        ),
        ("ja", "言葉遣いを改めてください。", "polite"),
        (
            "ko",
            "트레이너면 트레이너답게 형처럼 말해 줘! 존댓말 쓰니까 운동할 맛이 안 나 💪",
            "haeche",
        ),
        ("ko", "그냥 형처럼 말해 줘.", "haeche"),
        (
            "de",
            "Finanzamt und dann 'Hey Thomas'? Ich bitte doch um etwas Professionalität. Herr Dr. Weber, wenn's recht ist.",
            "formal",
        ),
        ("de", "Ich bitte um etwas mehr Professionalität.", "formal"),
        ("fr", "Pas besoin de me vouvoyer.", "informal"),
        (
            "fr",
            "Mon petit chou ? Non merci. Je commande des fleurs, soyez un peu plus professionnel.",
            "formal",
        ),
        ("fr", "Soyez un peu plus professionnelle, s'il vous plaît.", "formal"),
        ("pt", "Não somos amigos. Exijo ser tratado por 'o senhor'.", "formal"),
        ("pt", "Exijo ser tratada por 'a senhora'.", "formal"),
        ("nl", "Ik wil graag met 'u' worden aangesproken, niet met 'je'. Dank u.", "formal"),
        ("nl", "Ik wil met u aangesproken worden.", "formal"),
        (
            "nl",
            "Wij hebben geen vriendschappelijke band. Spreek mij aan met 'u' en 'meneer De Vries', alstublieft.",
            "formal",
        ),
        ("nl", "Spreek mij aan met 'u', alstublieft.", "formal"),
        (
            "nl",
            "Zeg, al dat 'geachte klant' gedoe, zo stijf! Praat maar gewoon alsof we vrienden zijn 🌷",
            "informal",
        ),
        ("nl", "Praat gewoon alsof we vrienden zijn.", "informal"),
        (
            "ru",
            "Что за фамильярность? Это служба поддержки перевозчика или чат с корешами? Прошу обращаться на «вы».",
            "formal",
        ),
        ("ru", "Прошу обращаться ко мне на вы.", "formal"),
        ("hi", "हम दोस्त नहीं हैं। कृपया मुझे 'शर्मा जी' कहें और 'आप' से संबोधित करें।", "formal"),
        ("hi", "कृपया मुझे 'आप' से संबोधित करें।", "formal"),
        (
            "vi",
            "Ui chao, răng mà nói chuyện khách sáo rứa? Cứ xưng hô thân mật như bạn bè đi, mình mô có già mô.",
            "casual",
        ),
        ("vi", "Cứ xưng hô thân mật như bạn bè đi.", "casual"),
        (
            "en",
            "Don't 'hun' me. I'm complaining about a cancelled train. Speak to me properly.",
            "formal",
        ),
        ("en", "Speak to me properly, please.", "formal"),
        # ... and what must stay as it is.
        ("ja", "部長の言葉遣いを改めてもらうにはどうしたらいい？", None),
        ("ko", "동생이 형처럼 말해서 웃겼어.", None),
        ("nl", "Mijn schoonmoeder wil met 'u' worden aangesproken.", None),
        ("nl", "Ze praten gewoon alsof ze vrienden zijn.", None),
        ("ru", "Учитель попросил учеников обращаться к нему на «вы».", None),
        ("hi", "बच्चों को बड़ों से 'आप' से संबोधित करना सिखाइए।", None),
        ("vi", "Hai đứa nó xưng hô thân mật như bạn bè.", None),
        ("en", "My grandson never speaks to me properly.", None),
        # The fifty-sixth set's misses, as families: dialect and chat (sache
        # eefach du zu mir; Des Sie kannst da sparen; scrivimi come a un amico;
        # 莫那么正式嘛; คุยแบบกูมึงก็ได้; เลิกเรียก 'ท่านลูกค้า' ได้แล้ว; talk to
        # me like your padi) and curt demands for distance (ちゃん付けで呼ぶな;
        # Bitte wieder Sie; Monsieur Lefèvre, s'il vous plaît; Meneer Van Dijk,
        # graag; Een beetje afstand graag; 请注意用词) ...
        ("ja", "おい、ちゃん付けで呼ぶな。客に向かって友達みたいな口きくんじゃない。", "polite"),
        ("ja", "ちゃん付けで呼ぶのはやめてください。", "polite"),
        ("de", "Nu guggemal, mir sin doch unner uns – sache eefach du zu mir, gelle?", "informal"),
        ("de", "Sache eefach du zu mir.", "informal"),
        ("de", "Servus! Des Sie kannst da sparen, i bin da Ferdl.", "informal"),
        ("de", "Das Sie kannst du dir sparen.", "informal"),
        ("de", "Wir sind keine Freunde. Bitte wieder Sie.", "formal"),
        ("de", "Wieder Sie, bitte.", "formal"),
        ("fr", "Je ne suis pas votre « mon grand ». Monsieur Lefèvre, s'il vous plaît.", "formal"),
        ("fr", "Madame Roux, s'il vous plaît.", "formal"),
        (
            "it",
            "Basta con «gentile cliente», mi fa venire l'orticaria 😅 scrivimi come a un amico.",
            "informal",
        ),
        ("it", "Parlami come a un amico.", "informal"),
        ("nl", "Ik ben niet uw 'schatje'. Meneer Van Dijk, graag.", "formal"),
        ("nl", "Mevrouw De Smet, graag.", "formal"),
        ("nl", "Een beetje afstand graag. Dit is een veerdienst, geen kroeg.", "formal"),
        ("nl", "Wat afstand graag.", "formal"),
        ("zh", "莫那么正式嘛，跟我摆龙门阵就像老朋友一样，巴适！", "casual"),
        ("zh", "莫那么正式嘛。", "casual"),
        ("zh", "请注意用词，这里是博物馆商店，不是聊天群。", "polite"),
        ("zh", "请注意您的用词。", "polite"),
        ("th", "โหย พูดครับๆ ค่ะๆ อยู่ได้ เกร็งไปป่ะ คุยแบบกูมึงก็ได้ ไม่ซีเรียส 555", "casual"),
        ("th", "คุยแบบกูมึงก็ได้", "casual"),
        ("th", "เลิกเรียก 'ท่านลูกค้า' ได้แล้ว คุยกับเราเหมือนเพื่อนเถอะ", "casual"),
        ("th", "เลิกเรียกคุณลูกค้าได้แล้ว", "casual"),
        (
            "en",
            "Ah ah, why you dey talk like say na embassy? Relax, talk to me like your padi abeg 😂",
            "casual",
        ),
        ("en", "Talk to me like a mate, yeah?", "casual"),
        # ... and what must stay as it is.
        ("ja", "子どもをちゃん付けで呼ぶのは失礼ですか？", None),
        ("de", "Meine Oma sagt, das Sie kann man sich unter Nachbarn sparen.", None),
        ("fr", "Monsieur Lefèvre est arrivé ?", None),
        ("nl", "Meneer Van Dijk komt morgen langs.", None),
        ("zh", "写论文的时候请注意用词准确。", None),
        ("th", "ลูกค้าบอกให้เลิกเรียกท่านลูกค้าเพราะมันดูแก่", None),
        ("en", "She talks to me like a friend, which is nice.", None),
        # The fifty-seventh set's misses, as families: red mal wie ein normaler
        # Mensch mit mir; Swiss Ça joue si tu me tutoies; and curt demands for
        # distance (Merci de ne pas m'appeler « ma belle »; un po' di
        # professionalità per favore; wat meer respect graag; Будьте любезны
        # на «вы») ...
        (
            "de",
            "Ey, red mal wie ein normaler Mensch mit mir, nicht wie ein Beamter. Einfach locker, Alter. Geht um die Tickets fürs Konzert am Samstag.",
            "informal",
        ),
        ("de", "Sprich doch wie ein normaler Mensch mit mir.", "informal"),
        (
            "fr",
            "Ça joue si tu me tutoies, hein ? On est entre potes, pas besoin de faire le fonctionnaire. C'est pour le déneigement de jeudi.",
            "informal",
        ),
        ("fr", "C'est ok si tu me tutoies.", "informal"),
        ("fr", "Merci de ne pas m'appeler « ma belle ». Je suis Madame Lefèvre.", "formal"),
        ("fr", "Merci de ne plus m'appeler « mon chou ».", "formal"),
        (
            "it",
            "Ehi, calma con 'sto «ciao bello». Sono un cliente della libreria, un po' di professionalità per favore.",
            "formal",
        ),
        ("it", "Un po' più di professionalità, grazie.", "formal"),
        (
            "nl",
            "Wat is dit voor toon? 'Hé maat'? Ik ben klant bij de boekhandel, wat meer respect graag.",
            "formal",
        ),
        ("nl", "Iets meer respect graag.", "formal"),
        (
            "ru",
            "Что за фамильярность? Я пришёл в книжный магазин, а не в бар. Будьте любезны на «вы».",
            "formal",
        ),
        ("ru", "Будьте добры, обращайтесь ко мне на «вы».", "formal"),
        # ... and what must stay as it is.
        ("de", "Mein Chef redet wie ein normaler Mensch mit mir, zum Glück.", None),
        ("fr", "Merci de ne pas oublier votre ticket.", None),
        ("it", "Al negozio ci vorrebbe un po' di professionalità.", None),
        ("nl", "Mijn collega verdient wat meer respect.", None),
        ("ru", "Будьте любезны, передайте соль.", None),
        # A bug the fifty-eighth set showed: what a roofer said to the user
        # (मिस्त्री ने मुझे सीधे 'तू' बोल दिया) read as the user's request.
        ("hi", "छत ठीक करने वाले मिस्त्री ने मुझे सीधे 'तू' बोल दिया।", None),
        ("hi", "मुझे सीधे तू बोलो।", "informal"),
        # The fifty-eighth set's misses, as families: もっとゆるくいこうぜ; Jeju
        # 친구추룩 골아도 되어마씸; Sicilian parrami comu a 'n amicu; Flemish zeg
        # gewoon gij and ge hoeft mij nie te u'en; praat als een vriend, after an
        # emoji that ends a sentence where a full stop would (so "brief" before
        # it names no letter to write); 'आप-जनाब' छोड़ो, दोस्त जैसा बात करो; मुझे
        # बस 'पिंकी' बुला सकते हो; 直接叫我'小鱼', 不用'女士'长'女士'短的; tout le
        # monde me tutoie ici, toi aussi; and for distance お客様に対する言葉遣いに
        # 直しなさい and 반말은 삼가 주시면 감사하겠습니다 ...
        (
            "ja",
            "ビリヤード場のbotなのに執事みたいな話し方でウケるw もっとゆるくいこうぜ🎱",
            "casual",
        ),
        ("ja", "もっとゆるくいこうよ！", "casual"),
        (
            "ja",
            "空港ラウンジの案内でしょう？「おっけー！」とか馴れ馴れしい。お客様に対する言葉遣いに直しなさい。",
            "polite",
        ),
        ("ja", "丁寧な言葉遣いに直してください。", "polite"),
        (
            "ko",
            "경 딱딱허게 허지 말앙, 친구추룩 편하게 골아도 되어마씸~ 화원에 무슨 꽃 이서?",
            "haeche",
        ),
        ("ko", "친구추룩 골아도 되어마씸.", "haeche"),
        (
            "ko",
            "구청 민원 챗봇 맞으시죠? 죄송하지만 저희가 친구 사이는 아니니까 반말은 삼가 주시면 감사하겠습니다.",
            "haeyoche",
        ),
        ("ko", "반말은 삼가 주세요.", "haeyoche"),
        (
            "fr",
            "Je suis bénévole à la banque alimentaire depuis trois ans, tout le monde me tutoie ici, toi aussi vas-y 🙂",
            "informal",
        ),
        ("fr", "Tout le monde me tutoie, alors toi aussi.", "informal"),
        (
            "it",
            "Talìa, 'un mi parrari accussì difficili, parrami comu a 'n amicu, ca semu 'o vivaio e no in chiesa 🌵",
            "informal",
        ),
        ("it", "Parrami comu a un amicu.", "informal"),
        (
            "nl",
            "Jonge, ge hoeft mij nie te u'en hè, zeg gewoon gij, we zitten hier in 't biljartcafé, nie bij de notaris.",
            "informal",
        ),
        ("nl", "Zeg gewoon gij.", "informal"),
        ("nl", "Ge hoeft mij niet te u'en.", "informal"),
        (
            "nl",
            "Haha je klinkt als een brief van de Belastingdienst 😂 doe eens chill, praat als een vriend. Hebben jullie nog potgrond?",
            "informal",
        ),
        ("nl", "Praat gewoon als een vriend tegen mij.", "informal"),
        (
            "hi",
            "अरे मियाँ, इत्ता तकल्लुफ़ काय को? 'आप-जनाब' छोड़ो, दोस्त जैसा बात करो ना। गार्डन सेंटर में गुलाब के पौधे हैं क्या?",
            "informal",
        ),
        ("hi", "'आप-जनाब' छोड़ो।", "informal"),
        ("hi", "दोस्त जैसा बात करो ना।", "informal"),
        ("hi", "मुझे बस 'पिंकी' बुला सकते हो, सब यही कहते हैं। फ़ूड बैंक में वॉलंटियर करना है।", "informal"),
        ("hi", "मुझे बस राजू बुला सकते हो।", "informal"),
        ("zh", "你可以直接叫我'小鱼'，不用'女士'长'女士'短的😆 花卉中心有多肉卖吗？", "casual"),
        ("zh", "不用“先生”长“先生”短的。", "casual"),
        ("zh", "直接叫我“阿杰”。", "casual"),
        # ... and what must stay as it is: reports, notices to draft, an emoji
        # before a question mark, which still closes a question.
        ("ja", "今年はもっとゆるくいこうと思ってる。", None),
        ("ja", "母に「言葉遣いを直しなさい」と言われた。", None),
        ("ko", "매장 안에서는 직원에게 반말은 삼가 주세요라는 안내문을 써 줘.", None),
        ("ko", "친구추룩 지내는 사이우다.", None),
        ("fr", "Tout le monde me tutoie ici.", None),
        ("fr", "Tout le monde me tutoie au boulot, c'est normal ?", None),
        ("it", "Mio zio mi parla comu a 'n amicu.", None),
        ("nl", "Mijn baas zegt gewoon gij tegen iedereen.", None),
        ("nl", "Hij praat als een vriend tegen zijn klanten.", None),
        ("hi", "वो मुझसे दोस्त जैसा बात करता है।", None),
        ("hi", "क्या आप मुझे बस 'सर' बुला सकते हैं?", None),
        ("zh", "你直接叫他'老王'就行。", None),
        ("zh", "他总是'老师'长'老师'短的，烦死了。", None),
        ("nl", "Is het raar om 'je' te zeggen tegen mijn juf 😅?", None),
        ("nl", "Schrijf een brief aan de gemeente 📨 en spreek ze aan met u.", None),
        ("de", "Schreib eine Mail an meinen Vermieter 🙏 und sieze ihn bitte.", None),
        # A bug the fifty-ninth set showed: what a midwife called the user
        # («мамочка» и на «ты») read as the user's request; "и на ты" asks only
        # after a name.
        ("ru", "Акушерка всё время звала меня «мамочка» и на «ты», мне даже понравилось.", None),
        ("ru", "Можно просто Оля и на «ты».", "informal"),
        # The fifty-ninth set's misses, as families: Quatsch ma normal mit mir;
        # Geht's auch lockerer?; relájese con tanto 'señor Rodríguez'; ge moet
        # mij ni 'meneer' noemen, zeg gewoon gij en Jens; nói như người nhà đi;
        # Cakap biasa ajalah sama aku and ngobrol biasa; 轻松点说话嘛; Isan บ่
        # ต้องมีครับมีค่ะ; พูดสบายๆ ก็ได้; and for distance Pour vous, ce sera
        # Madame Lefèvre, pas « ma belle »; Je ne suis pas votre « pote »;
        # employer le vouvoiement; Un poco de respeto y de usted; Ik ben uw maat
        # niet. Graag 'u' ...
        (
            "de",
            "Ick find dit mit dem Sie voll jestelzt, Alter. Quatsch ma normal mit mir, wie mit'm Kumpel.",
            "informal",
        ),
        ("de", "Quatsch einfach normal mit mir.", "informal"),
        (
            "de",
            "„Sehr geehrter Herr Krause“ bei einer Kostümanfrage? Klingt, als würde ich meine Steuererklärung abgeben 😅 Geht's auch lockerer?",
            "informal",
        ),
        ("de", "Geht's auch etwas lockerer?", "informal"),
        (
            "fr",
            "Pour vous, ce sera Madame Lefèvre, pas « ma belle ». Merci de rester correct.",
            "formal",
        ),
        ("fr", "Ce sera Monsieur Girard, pas « mon grand ».", "formal"),
        (
            "fr",
            "Je ne suis pas votre « pote ». Merci d'employer le vouvoiement et un ton professionnel.",
            "formal",
        ),
        ("fr", "Merci d'utiliser le vouvoiement.", "formal"),
        ("fr", "Je ne suis pas ton pote.", "formal"),
        (
            "es",
            "Parce, relájese con tanto 'señor Rodríguez', dígame Juancho, que aquí somos parceros.",
            "informal",
        ),
        ("es", "Relájate con tanto 'señor'.", "informal"),
        (
            "es",
            "A ver, ¿'mi rey'? Soy el señor Ortega. Un poco de respeto y de usted, ¿eh?",
            "formal",
        ),
        ("es", "Un poco de respeto, por favor.", "formal"),
        (
            "nl",
            "Allee, ge moet mij ni 'meneer' noemen, zeg gewoon gij en Jens, 't is hier gene notaris!",
            "informal",
        ),
        ("nl", "Ge moet mij niet 'meneer' noemen.", "informal"),
        ("nl", "Zeg gewoon gij en Pieter.", "informal"),
        ("nl", "Ik ben uw maat niet. Graag 'u' en een zakelijke toon.", "formal"),
        ("nl", "Ik ben je maatje niet.", "formal"),
        ("nl", "Graag 'u' en niet 'jij'.", "formal"),
        (
            "vi",
            "Trời đất, nói chuyện chi mà khách sáo dữ vậy nè, cứ kêu tui là Út, nói như người nhà đi mà!",
            "casual",
        ),
        ("vi", "Nói như người nhà đi.", "casual"),
        ("id", "Bah, kau ini kaku kali! Cakap biasa ajalah sama aku, macam kawan, lae.", "casual"),
        ("id", "Ngomong biasa aja sama gue.", "casual"),
        ("id", "Main bingo kok kayak upacara bendera 😂 Santai aja bro, ngobrol biasa.", "casual"),
        ("zh", "玩个宾果而已，别搞得跟开会一样😂 轻松点说话嘛。", "casual"),
        ("zh", "轻松一点跟我聊吧。", "casual"),
        ("th", "เว้าซื่อๆ กะได้เด้อ บ่ต้องมีครับมีค่ะหลายดอก คือหมู่กันนั่นหละ", "casual"),
        ("th", "บ่ต้องมีครับมีค่ะ", "casual"),
        ("th", "มาเล่นบิงโกนะ ไม่ได้มาประชุม 555 พูดสบายๆ ก็ได้", "casual"),
        ("th", "พูดตามสบายก็ได้", "casual"),
        # ... and what must stay as it is: reports (kami ngobrol biasa aja,
        # which read as a request before), a draft named with its purpose (교환
        # 요청 문자, a bug the sixtieth set showed), and look-alike words.
        ("de", "Mein Trainer quatscht ganz normal mit mir.", None),
        ("de", "Geht's auch mit Karte?", None),
        ("fr", "Demain, ce sera Madame Lefèvre qui vous recevra.", None),
        ("fr", "Dans une lettre, faut-il employer le vouvoiement ?", None),
        ("es", "Relájate, que el examen te va a salir bien.", None),
        ("es", "En este país falta un poco de respeto.", None),
        ("nl", "Mijn buurman zegt gewoon gij en jij door elkaar.", None),
        ("nl", "Hij is mijn maat niet meer.", None),
        ("vi", "Ở quê tôi, hàng xóm nói chuyện như người nhà.", None),
        ("id", "Di kantor kami ngobrol biasa aja.", None),
        ("zh", "轻松点吧，考试肯定能过。", None),
        ("th", "เขาพูดสบายๆ กับลูกค้าทุกคน", None),
        ("ko", "신발가게 사장님한테 보낼 교환 요청 문자 좀 정중한 존댓말로 써 줘.", None),
        # The sixtieth set's misses, as families: Kyoto もう敬語はええのんよ,
        # 気安うしゃべっとくれやす; Jeolla 반말 해불어; arrête donc de me
        # vouvoyer; fala comigo como se fosse um amigo; आप-वाप छोड़; Shanghai
        # 弗要“您您您”了 ...
        (
            "ja",
            "カート場のbotさん、もう敬語はええのんよ。もっと気安うしゃべっとくれやす🏎️",
            "casual",
        ),
        ("ja", "もう敬語はええよ。", "casual"),
        ("ja", "もっと気安くしゃべってよ。", "casual"),
        ("ko", "아따 뭔 존댓말을 그라고 딱딱하게 한당가~ 그냥 편하게 반말 해불어잉", "haeche"),
        ("ko", "그냥 반말 해불어.", "haeche"),
        (
            "fr",
            "Oh le gone, ça fait six séances de kiné, arrête donc de me vouvoyer, on n'est pas à la préfecture !",
            "informal",
        ),
        ("fr", "Arrêtez donc de me vouvoyer.", "informal"),
        (
            "pt",
            "Cara, tu tá muito engomadinho kkkk relaxa, fala comigo como se fosse um amigo",
            "informal",
        ),
        ("pt", "Fala comigo como se fosse uma amiga.", "informal"),
        ("hi", "अरे भाई, ये आप-वाप छोड़ यार, मुझे तुम बोल, अपना ही बंदा हूँ 😎", "informal"),
        ("hi", "आप-वाप छोड़ो।", "informal"),
        ("zh", "侬讲话老客气额，弗要“您您您”了，随便一点好了，阿拉就当朋友嘛。", "casual"),
        ("zh", "别“您您”的了。", "casual"),
        # ... and what must stay as it is: what others do (Ele fala comigo como
        # um amigo read as a request before), praise of keigo, and 随便点
        # (order anything).
        ("ja", "敬語はいいね、きれいな日本語だと思う。", None),
        ("ja", "彼は誰にでも気安くしゃべる。", None),
        ("ko", "동생이 친구한테 반말 해불어서 혼났당께.", None),
        ("fr", "Mon kiné m'a dit d'arrêter de le vouvoyer.", None),
        ("pt", "Ele fala comigo como se fosse um amigo antigo.", None),
        ("pt", "Ele fala comigo como um amigo.", None),
        ("hi", "वो सबसे आप-वाप करके बात करता है।", None),
        ("zh", "你随便点好了，我都能吃。", None),
        # Bugs from the sixty-first set: what someone else does to the user
        # (管理人さんが俺にタメ口で話してくる) read as the user's offer, and an
        # objection to tu (come ti permetti di darmi del tu?) as one.
        (
            "ja",
            "寮の管理人さんがさ、最近俺にタメ口で話してくるんだけど、仲良くなった証拠かな？",
            None,
        ),
        ("ja", "タメ口で話してください。", "casual"),
        ("it", "Ma come ti permetti di darmi del tu? Tu non mi conosci.", "formal"),
        ("it", "Come osi darmi del tu?", "formal"),
        ("it", "Ti permetto di darmi del tu.", "informal"),
        ("it", "Smettila di darmi del Lei, dai.", "informal"),
        # The sixty-first set's misses, as families: 下の名前で呼ばないで, 田中様
        # でお願いします, 「でございます」ってやつ崩して; 민지라고 불러주시면; sag
        # einfach du – ...; wie ein Brief vom Finanzamt; Siezen, bitte; nicht
        # zusammen Schweine gehütet; red mi mit du an; me puedes tratar de tú;
        # use 'o senhor' comigo; 'U' graag; Hoezo tutoyeer je mij?; praat
        # tegen me, als een maat; bicara lebih formal; 说话庄重一些 ...
        (
            "ja",
            "下の名前で呼ばないでください。田中と申しますので、田中様でお願いします。",
            "polite",
        ),
        ("ja", "ねえ、その「でございます」ってやつ、もうちょい崩してくんない？笑", "casual"),
        ("ja", "口調、もっと崩していいよ", "casual"),
        ("ko", "저기… 저 그냥 민지라고 불러주시면 안 돼요? '고객님'은 좀 어색해서요", "haeche"),
        (
            "de",
            "Dat 'Sie' kannste bei mir stecke lasse, sag einfach du – mir sin he in Kölle!",
            "informal",
        ),
        ("de", "Boah, du klingst wie ein Brief vom Finanzamt. Etwas lockerer bitte 😄", "informal"),
        ("de", "Wir haben nicht zusammen Schweine gehütet. Siezen, bitte.", "formal"),
        ("de", "Bitte siezen!", "formal"),
        ("de", "Geah, red mi oanfach mit du an, do herobn sogt ma eh koa Sie.", "informal"),
        (
            "es",
            "Oye, tío, que me puedes tratar de tú, que aquí no nos andamos con tanto usted.",
            "informal",
        ),
        ("pt", "Por favor, use 'o senhor' comigo. Estamos tratando de um funeral.", "formal"),
        ("nl", "Hoezo tutoyeer je mij? We zijn geen vrienden. 'U' graag.", "formal"),
        (
            "nl",
            "Jij bent wel erg stijfjes zeg. Praat eens gewoon tegen me, als een maat.",
            "informal",
        ),
        ("id", "Tolong bicara lebih formal, ini urusan pemakaman ayah saya.", "standard"),
        ("zh", "这是丧事，请您说话庄重一些，别嘻嘻哈哈的。", "polite"),
        # ... and what must stay as it is: a count of guests (2名様), a text to
        # loosen, a hat to loosen, what someone else asks.
        ("ja", "2名様でお願いします。", None),
        ("ja", "領収書の宛先は、上様でお願いいたします。", None),
        ("ja", "この文章、もうちょい崩してくんない？", None),
        ("de", "Der Hut drückt. Etwas lockerer bitte.", None),
        ("de", "Ob wir siezen oder duzen, ist mir egal.", None),
        ("nl", "Hij zei: 'U graag', en liep weg.", None),
        ("es", "Mi jefe me puede tratar de tú, pero yo a él no.", None),
        ("zh", "他说话庄重一些就好了。", None),
        # The sixty-second set's misses, as families: Jeju 반말 합서; 예의 좀
        # 갖춰서 말해; Ihre lockeren Sprüche können Sie sich sparen; Basta con
        # 'gentile cliente', parla normale; Fala direito comigo; Houd het
        # zakelijk en beleefd; Айда по-простому; Разговаривай вежливо и на
        # «вы»; Awadhi 'तुम' कहिके बतियाओ; ngomong santai ae karo aku; talk to
        # us like a normal person ...
        ("ko", "제주 사람끼리 뭐 그렇게 딱딱하게 해마씸? 그냥 편하게 반말 합서~", "haeche"),
        ("ko", "'야'라고 하지 마. 기분 나쁘네. 예의 좀 갖춰서 말해.", "haeyoche"),
        (
            "de",
            "Ihre lockeren Sprüche können Sie sich sparen. Ich erwarte eine höfliche Antwort.",
            "formal",
        ),
        (
            "it",
            "Basta con 'gentile cliente', sembra una lettera dell'Agenzia delle Entrate 😂 parla normale",
            "informal",
        ),
        ("pt", "A gente não é amigo, tá? Fala direito comigo, com respeito.", "formal"),
        ("nl", "We zijn geen vrienden. Houd het zakelijk en beleefd, graag.", "formal"),
        ("ru", "Паря, ты чё так церемонно? Айда по-простому, на «ты», по-сибирски.", "informal"),
        ("ru", "Ты мне не кум и не сват. Разговаривай вежливо и на «вы».", "formal"),
        ("hi", "अरे भइया, ई 'श्रीमान जी' वाला चक्कर छोड़ौ, हमसे सीधे 'तुम' कहिके बतियाओ।", "informal"),
        ("id", "Rek, ojok kaku ngono talah, ngomong santai ae karo aku.", "casual"),
        (
            "en",
            "Ah here lad, you're proper stiff. Just talk to us like a normal person, sound?",
            "casual",
        ),
        # ... and what must stay as it is: the same words about others.
        ("it", "Mio figlio parla normale, solo un po' piano.", None),
        ("pt", "A gente não é amigo dele, só colega.", None),
        ("nl", "Mijn broer en ik zijn geen vrienden van hem.", None),
        ("ru", "Они разговаривают вежливо и на «вы» даже дома.", None),
        ("de", "Seine lockeren Sprüche kommen bei Kunden gut an.", None),
        # The sixty-third set's misses, as families: Tosa タメ口でかまんぜよ;
        # もっとゆるくしゃべって; Más respeto y más formalidad; praat gewoon als een
        # vriend tegen me; kêu tui là anh Tư được rồi; Manado Bicara biasa jo;
        # Glaswegian talk tae us like a normal person ...
        ("ja", "おまんも堅いのう。わしにはタメ口でかまんぜよ。", "casual"),
        ("ja", "「恐れ入りますが」連発されると肩こるわｗ もっとゆるくしゃべって", "casual"),
        ("es", "Oye, no somos amigos. Más respeto y más formalidad, ¿vale?", "formal"),
        (
            "nl",
            "Je klinkt als een belastingbrief 😂 praat gewoon als een vriend tegen me",
            "informal",
        ),
        ("vi", "Trời ơi, kêu tui là anh Tư được rồi, nói chuyện thân thân chút đi mà.", "casual"),
        (
            "id",
            "Ngana pe bahasa talalu formal skali. Bicara biasa jo, pangge jo kita Ria.",
            "casual",
        ),
        (
            "en",
            "Wid ye stop bein sae formal, pal? Jist talk tae us like a normal person, eh.",
            "casual",
        ),
        # ... and what must stay as it is: others, and the words elsewhere.
        ("ja", "あの先生はゆるく話すから人気がある。", None),
        ("es", "En ese país hace falta más respeto por las instituciones.", None),
        ("nl", "Hij praat als een vriend tegen iedereen.", None),
        # A bug from the sixty-fourth set: what someone else kept doing
        # (continuava a darmi del tu) read as the user's offer.
        ("it", "Il tecnico continuava a darmi del tu, ma non mi ha dato fastidio.", None),
        ("it", "Puoi darmi del tu, tranquillo.", "informal"),
        # Families of the sixty-fourth and sixty-fifth sets' misses.
        ("ja", "そんな堅苦しくしなくていいってば～ 友達と話すノリでいこ", "casual"),
        ("ja", "俺のことは「タク」って呼んでくれりゃいいから。", "casual"),
        ("ko", "저 그냥 '지수'라고 불러 주셔도 돼요~", "haeche"),
        ("de", "Schreib mir einfach wie ein Kumpel, ja?", "informal"),
        ("de", "Bitte lassen Sie das 'Hallo Tom!'. Ich bevorzuge eine förmliche Anrede.", "formal"),
        ("nl", "Mevrouw de Vries volstaat.", "formal"),
        ("ru", "Можешь звать меня просто Лёха 😎", "informal"),
        ("en", "Cut the 'hey mate' and speak to me properly.", "formal"),
        ("fr", "« Monsieur Girard », ce sera très bien.", "formal"),
        ("es", "Prefiero que mantengamos las formas, gracias.", "formal"),
        ("vi", 'Bạn cứ xưng "tớ" với "cậu" cũng được.', "casual"),
        # ... the same words said of others, or meaning something else.
        ("de", "Er schreibt mir immer wie ein Kumpel, das nervt meine Chefin.", None),
        ("nl", "Mevrouw de Vries is prima.", None),
        # A bug from the sixty-fifth set: a complaint that the bot says tu
        # read as an offer of tu. Why it never does still asks nothing.
        ("fr", "Pourquoi vous me tutoyez ? Je ne vous connais pas.", "formal"),
        ("fr", "Vous me tutoyez, ça me va.", "informal"),
        ("fr", "Pourquoi vous me tutoyez jamais ?", None),
        # A bug from the sixty-sixth: a negated request (tak usah pakai
        # "Anda") read as asking for Anda.
        ("id", 'Kau tak usah pakai "Anda" lah, panggil aku Lae aja.', "casual"),
        ("id", 'Kau tak usah pakai "Anda" lah.', None),
        # Bugs from the sixty-seventh: whether one should speak です・ます, and
        # 要不要 (should I or not), asked about the forms.
        ("ja", "先生に「です・ます」で話すべきか迷ってます。", None),
        ("ja", "「です・ます」で話してください。", "polite"),
        ("zh", "跟老师说话要不要用“您”？", None),
        ("zh", "不要用“您”，叫我小王就行。", "casual"),
        # Families of the sixty-sixth set's misses.
        ("de", "Schreib einfach locker.", "informal"),
        ("es", "Soy el señor Restrepo y me habla de usted.", "formal"),
        ("es", "Mi jefe me habla de usted.", None),
        ("nl", "Je mag gewoon je en jij zeggen hoor.", "informal"),
        ("hi", "मुझे 'बेटा' कहना बंद कीजिए।", "formal"),
        ("en", "No need fi talk so stiff wid mi, man.", "casual"),
        # Families of the sixty-seventh set's misses.
        ("ko", "딱딱하게 말하지 말고 편하게 해.", "haeche"),
        ("it", "Lascia perdere 'sto Lei, dai.", "informal"),
        ("pt", "Pode falar mais solto comigo.", "informal"),
        ("pt", "Prefiro que se dirija a mim com mais formalidade.", "formal"),
        ("nl", "Noemt u mij alstublieft mevrouw Peeters.", "formal"),
        ("ru", "Говори со мной по-простому.", "informal"),
        ("en", "Chat wid me like we good friends.", "casual"),
        # Families of the sixty-eighth set's misses.
        ("ja", "その話し方やめて、敬語で！", "polite"),
        ("ko", "반말로 골아도 되쿠다.", "haeche"),
        ("nl", "Doe maar gewoon informeel hoor.", "informal"),
        ("fr", "Pourriez-vous revenir au vouvoiement ?", "formal"),
        ("fr", "Revenons au vouvoiement, s'il vous plaît.", "formal"),
        ("pt", "Trata-me por 'a senhora', se faz favor.", "formal"),
        ("ru", "Михаил Петрович. А на вы, пожалуйста.", "formal"),
        # Families of the sixty-ninth set's misses.
        ("vi", "Nói chuyện mày tao cho thân đi.", "casual"),
        ("id", "Boleh ngomong santai aja gak?", "casual"),
        ("id", "Pake aku-kau aja, bang.", "casual"),
        ("id", "Jangan kau panggil aku Ibu, santai aja.", "casual"),
        ("id", "Saya pelanggan, tolong yang profesional ya.", "standard"),
        ("zh", "随便点跟我说就好。", "casual"),
        ("zh", "'先生'啊'您'啊别说了。", "casual"),
        ("th", "คุยแบบแกชั้นได้เลย", "casual"),
        ("en", "Abeg stop all this 'Sir' wahala.", "casual"),
        ("en", "Just talk to me like your padi.", "casual"),
        ("en", "Don't need so formal lah.", "casual"),
        # Families of the seventieth set's misses.
        ("ja", "普通に友達みたいに話して。", "casual"),
        ("ko", "그냥 반말 해, 편하게.", "haeche"),
        ("ko", "'너'라고 부르지 말고 '회원님'이라고 해주세요.", "haeyoche"),
        ("de", "Ich fühl mich so alt, wenn du mich siezt.", "informal"),
        ("de", "Nennen Sie mich bitte nicht „Maxi“, sondern Frau Berger.", "formal"),
        ("fr", "Tu peux me parler plus simplement ?", "informal"),
        ("it", "Possiamo essere più informali?", "informal"),
        ("pt", "Pode voltar a me tratar de senhora?", "formal"),
        ("pt", "Podes falar de tu comigo.", "informal"),
        ("nl", "Kunnen we wat informeler praten?", "informal"),
        ("nl", "Noem me alsjeblieft geen 'schat'.", "formal"),
        ("ru", "Верните «вы», пожалуйста.", "formal"),
        ("vi", 'Quay lại gọi tôi là "chị" đi.', "polite"),
        ("id", "Ngobrol santai ae, Mas.", "casual"),
        ("zh", "请恢复原来的称呼。", "polite"),
        ("zh", "别一口一个'您'的。", "casual"),
        ("en", "Please go back to being professional.", "formal"),
        ("id", 'Tolong pakai "Anda" ya.', "standard"),
        # Families of the seventy-first set's misses: back to the formal form
        # after offering the informal one, and dialect.
        (
            "de",
            "Gestern hab ich gesagt, du kannst mich duzen, aber bitte lieber wieder zurück zum Sie.",
            "formal",
        ),
        ("de", "Können wir wieder zum Sie zurückkehren?", "formal"),
        ("de", "Du kannsch misch ruhisch duze, gell?", "informal"),
        ("de", "Alla hopp, hör uff mit dem 'Sie'.", "informal"),
        ("de", "Nu gugge, sach doch eefach du zu mir.", "informal"),
        ("fr", "Finalement je préfère qu'on revienne au vous.", "formal"),
        ("fr", "Et ne m'appelez plus « Juju ».", "formal"),
        ("es", "Preferiría volver al usted, si no le importa.", "formal"),
        ("es", "¿Podemos volver a tratarnos de usted?", "formal"),
        ("it", "Preferirei tornare a darci del Lei.", "formal"),
        ("nl", "Kunt u weer «u» tegen mij zeggen, zoals in het begin?", "formal"),
        ("nl", "Zeg, ik ebbe liever dat je gewoon jij zegt i.p.v. u.", "informal"),
        ("hi", "अब वापस 'आप' पर आ जाइए।", "formal"),
        ("hi", "मोला 'आप' झन बोल भैया, 'तुम' बोल ना", "informal"),
        ("vi", "Thôi, xưng hô lịch sự lại như cũ đi.", "polite"),
        ("id", "Saiki balik formal ae, panggil aku 'Pak' maneh.", "standard"),
        ("zh", "请恢复敬称。", "polite"),
        ("ko", "그래도 존댓말로 다시 해 주이소.", "haeyoche"),
        ("ko", "존댓말 안 혀도 돼유~ 그냥 편하게 반말로 혀유.", "haeche"),
        ("th", "กลับไปใช้ครับค่ะเหมือนเดิมเถอะ", "polite"),
        ("en", "Now suddenly 'bro'? Go back to the formal way please.", "formal"),
        ("en", "Back to Mr Lim, please.", "formal"),
        # Families of the seventy-second set's misses.
        ("ja", "そんな畏まんねくていいっちゃ。", "casual"),
        ("ja", "友達みでぇにしゃべってけさいん", "casual"),
        ("ko", "은행 챗봇이면 최소한 '~요'는 붙여야죠", "haeyoche"),
        ("fr", "Vous pouvez me parler normal, comme à un pote.", "informal"),
        ("fr", "Pas besoin de tout ce « Monsieur » à chaque phrase.", "informal"),
        ("nl", "Zèg mer gewoen «doe» tegen mich 😄", "informal"),
        ("nl", "Je hoeft niet zo formeel te doen.", "informal"),
        ("hi", "अपुन से तू में बात कर ना, चलेगा", "informal"),
        ("hi", "ये 'आप' 'आप' क्या लगा रखा है?", "informal"),
        ("hi", "थोड़ा professional रहिए, 'आप' use कीजिए।", "formal"),
        ("hi", "मुझे 'bhai' मत बोलिए, मैं customer हूँ।", "formal"),
        ("vi", "Cứ kêu tui bằng bạn, xưng hô thân mật chút đi nờ", "casual"),
        ("vi", "Gọi 'chị' đàng hoàng giùm cái.", "polite"),
        ("id", "Plis jangan panggil 'Anda', kerasa kayak baca surat tilang.", "casual"),
        ("id", "Casual aja.", "casual"),
        # Families of the seventy-third set's misses.
        ("de", "Dieses ständige „Sie“ fühlt sich an wie beim Finanzamt 😅", "informal"),
        ("de", "Bei uns im Zirkus sagt jeder du – also gern auch hier.", "informal"),
        ("es", "Oiga, ¿y esa confianza? Yo no le di permiso de tutearme.", "formal"),
        ("es", "No hace falta tanto 'usted' conmigo, trátame como a un amigo", "informal"),
        ("pt", "Fala comigo mais de boa, tipo amigo mesmo", "informal"),
        ("pt", "Volta a me chamar de Dona Célia, por favor.", "formal"),
        ("nl", "Wilt u mij alstublieft weer met 'u' aanspreken?", "formal"),
        ("nl", "Ge meugt gerust jij zeggen hoor, da's gezelliger!", "informal"),
        ("nl", "Kun je wat losser praten?", "informal"),
        ("ru", "Не называйте меня «Серёжа», я для вас Сергей Петрович.", "formal"),
        ("hi", "Dost ki tarah बात करो ना", "informal"),
        ("id", "Saya pelanggan, tolong bahasanya yang sopan.", "standard"),
        ("id", "Tolong ngobrol pakai bahasa gaul ya, jangan bahasa baku.", "casual"),
        # Families of the seventy-fourth set's misses.
        ("ja", "以後は客として扱っていただき、敬語でご対応願います。", "polite"),
        (
            "de",
            "'Kumpel' kannst du deine Freunde nennen. Mit mir bitte förmlich und mit Nachnamen.",
            "formal",
        ),
        ("fr", "Ou pé tutoie a moin, na pwin problème 😄", "informal"),
        ("nl", "Dat 'meneer' mag je wel achterwege laten. Tutoyeer me gerust 😄", "informal"),
        ("nl", "Zeg, zeg moa 'u' tegen mie, 't is beter.", "formal"),
        ("ru", "Вернитесь, пожалуйста, к обращению на вы.", "formal"),
        ("hi", "'तुम' ही चलेगा", "informal"),
        ("hi", "Please mujhe 'sir' ya 'aap' bolke address karein, 'bro' nahi.", "formal"),
        ("vi", "Xin hãy xưng hô trang trọng.", "polite"),
        ("id", "Aduh, jangan 'Bapak' dong, panggil 'Bli' aja", "casual"),
        ("zh", "咱就跟哥们儿一样说话呗", "casual"),
        ("en", "Talk to me like you would your butty down the pub", "casual"),
        # Families of the seventy-fifth set's misses.
        ("ja", "お客さんなんだから、ちゃんとした言葉遣いで対応してよ。", "polite"),
        ("ko", "우리 동갑이잖아, 말 놓으면 안 될까?", "haeche"),
        ("it", "Perché mi date del tu? Torni al Lei, per cortesia.", "formal"),
        ("nl", "Sinds wanneer zeg je 'je' tegen mij? Weer 'u' graag.", "formal"),
        ("ru", "Да хорош выкать, гутарь со мной на ты.", "informal"),
        ("hi", "Oye, mainu tu keh, aap-aap chhad de paaji", "informal"),
        ("vi", "Vui lòng xưng hô 'quý khách' như cũ.", "polite"),
        ("id", "Nda usah pangge 'Om', bilang ngana jo.", "casual"),
        ("zh", "请恢复原来礼貌的称呼。", "polite"),
        ("th", "ช่วยพูดจาให้สุภาพหน่อย อย่าเรียกป้าว่า 'เธอ'", "polite"),
        ("th", "เว้ากับข้อยเหมือนพี่น้องกันก็ได้เด้อ", "casual"),
        ("en", "Go back to addressing me properly, if you don't mind.", "formal"),
        ("en", "Reason wid mi like a bredrin, man.", "casual"),
        # Families of the seventy-sixth set's misses.
        ("ja", "もうちょっとゆるーく話してくれたら嬉しいです", "casual"),
        ("ja", "友達としゃべってる感じでいいよ", "casual"),
        ("ja", "「〜でございます」とかもうやめよう", "casual"),
        ("ko", "우리 그냥 친구처럼 이야기하자~", "haeche"),
        ("es", "¿Puede llamarme como 'doctora Ruiz', por favor?", "formal"),
        ("nl", "Kunt u me voortaan met 'meneer Jansen' aanspreken?", "formal"),
        ("ru", "Просьба общаться со мной уважительно, на вы.", "formal"),
        ("th", "บ่ต้องเว้าครับ ๆ ดอก", "casual"),
        # Families of the seventy-seventh set's misses.
        ("de", "I möcht bittschön gsiezt werden.", "formal"),
        ("es", "Hábleme más tranqui, sin tanto 'señor'.", "informal"),
        ("nl", "Zegt gewoon gij tege mij, da's gezelliger.", "informal"),
        ("nl", "Spreek mij maar met 'u' aan, alstublieft.", "formal"),
        ("nl", "Doe maar je en jij joh", "informal"),
        ("hi", "Just call me 'tu' yaar", "informal"),
        ("id", "Kagak usah manggil 'Pak', gue-lu aje.", "casual"),
        ("th", "อู้กั๋นแบบปี้น้องก็ได้เจ้า", "casual"),
        ("en", "Please address me as Madam, not 'love'.", "formal"),
        # Families of the seventy-eighth set's misses.
        ("ja", "敬語だと疲れるし、もっとゆるく話そ？", "casual"),
        ("ja", "砕けた感じでよくない？", "casual"),
        ("ko", "반말 좀 그만하시라요.", "haeyoche"),
        ("ko", "'고객님'이라고 해 주세요.", "haeyoche"),
        ("fr", "Pouvez-vous reprendre le vouvoiement, s'il vous plaît ?", "formal"),
        ("es", "Le pido que me llame doctora Ruiz.", "formal"),
        ("es", "Hábleme usted de usted, que no nos conocemos.", "formal"),
        ("pt", "Pode falar comigo de você, sô.", "informal"),
        ("pt", "Num precisa me chamar de senhora não.", "informal"),
        ("nl", "Zeg mae u tegen me, as 't je belieft.", "formal"),
        ("zh", "别跟我您啊您的，咱就'你'啊'我'的。", "casual"),
        ("th", "ช่วยกลับไปใช้ภาษาทางการเหมือนเดิมได้ไหมครับ", "polite"),
        ("th", "กรุณาลงท้ายด้วยครับ/ค่ะด้วยค่ะ", "polite"),
        # Families of the seventy-ninth set's misses.
        ("ja", "タメ口で話してって言ったら嫌？", "casual"),
        ("ja", "「です・ます」調に戻してもらえますか。", "polite"),
        ("ko", "반말 모드로 바꿔 줘", "haeche"),
        ("ko", "존댓말 모드로 돌려 주세요", "haeyoche"),
        ("ko", "그냥 말 편하게 놓고 하자", "haeche"),
        ("it", "La prego, eviti di chiamarmi 'Giò'.", "formal"),
        ("nl", "Je mag gerust jij zegge tegen mij.", "informal"),
        ("nl", "Zullen we elkaar voortaan tutoyeren?", "informal"),
        ("nl", "Geen 'schatje' tegen me zeggen, alstublieft.", "formal"),
        ("ru", "Не называйте меня «Таня».", "formal"),
        ("ru", "Для вас я Татьяна Сергеевна.", "formal"),
        ("vi", "Nói chuyện thân mật như bạn bè đi nha.", "casual"),
        ("vi", "Cứ tao tao mày mày với tao cho lẹ.", "casual"),
        ("vi", "Quay lại xưng hô 'quý khách' như trước đi ạ.", "polite"),
        ("th", "กลับไปใช้คำว่า 'คุณ' เหมือนเดิมได้ไหมครับ", "polite"),
        ("en", "Switch back to addressing me formally, please.", "formal"),
        ("en", "Talk to me like your bredren, man.", "casual"),
        ("en", "It's Margaret, or Mrs Cole.", "formal"),
        ("en", "I'd rather you didn't call me 'love'.", "formal"),
        # Families of the eightieth set's misses.
        ("ko", "고마 반말로 해라.", "haeche"),
        ("ko", "반말허여도 돼.", "haeche"),
        ("de", "Schreib einfach normal mit mir.", "informal"),
        ("de", "Ehrlich, duzen ist total okay.", "informal"),
        ("pt", "Volte a me tratar de 'senhora', por favor.", "formal"),
        ("pt", "Pode conversar de boa comigo.", "informal"),
        ("nl", 'Graag "mevrouw" en "u".', "formal"),
        ("nl", "Klap maar tegen mij als tegen nen vriend.", "informal"),
        ("nl", "Doe ni zo stijf.", "informal"),
        ("zh", "请恢复到“您”吧。", "polite"),
        ("en", "Just chat with me casual, please.", "casual"),
        # Families of the eighty-first set's misses.
        ("ja", "タメ口で話していいよ。", "casual"),
        ("nl", "Mag het wat losser?", "informal"),
        ("nl", "Doe mag gerust 'jij' zeggen.", "informal"),
        ("vi", "Thân mật chút đi nha.", "casual"),
        ("zh", "像姐妹那样聊就行。", "casual"),
        ("th", "อู้กันเองได้เลยเจ้า", "casual"),
        ("th", "พูดกันเองเลยนะ", "casual"),
        ("en", "Talk to me like you would a friend.", "casual"),
        ("hi", "फिर से 'आप' बोलकर बात करिए।", "formal"),
        # visa application names the service, not a letter to write.
        ("hi", "वापस 'आप' कहकर बात कीजिए, ये visa application है।", "formal"),
        # Families of the eighty-second set's misses.
        ("ja", "ちゃんと敬語使うてくれんかの。", "polite"),
        ("ko", "손님한테는 존댓말 써야지요.", "haeyoche"),
        ("ko", "말 놓구 편하게 해.", "haeche"),
        ("ko", "편하게 반말로 혀!", "haeche"),
        ("it", "Mi parli col Lei, per cortesia.", "formal"),
        ("nl", "Ge moogt mij nie met 'meneer' aanspreken.", "informal"),
        ("th", "เว้ากันเองแบบพี่น้องได้เลย", "casual"),
        ("th", "เว้าสุภาพแหน่เด้อ", "polite"),
        ("en", "Ms. Grant will do fine, thank you.", "formal"),
    ],
)
def test_each_locale_reads_requests_for_its_levels(code: str, text: str, level: str | None) -> None:
    found = asked(text, _spec(code))
    assert (found.level if found else None) == level, found
    if found is not None:
        assert found.surface in text and found.request.startswith(f"{code}.request.")


@pytest.mark.parametrize(
    ("code", "text", "level"),
    [
        # Someone else's request, quoted, or asked about, is not the user's.
        ("ru", "Коллега написала мне «давай на ты», как вежливо ответить?", None),
        ("de", "Wie sage ich meinem Chef, dass er mich duzen darf?", None),
        ("fr", "Comment dire à mon patron qu'il peut me tutoyer ?", None),
        ("es", "¿Debo tratar de usted a mi jefa aunque ella me tutee?", None),
        ("pt", "Devo tratar o meu chefe por senhor mesmo que ele me trate por tu?", None),
        ("nl", 'Ik wil de klant met "u" aanspreken.', None),
        # A quoted pronoun inside the user's own request still counts.
        ("hi", "कृपया मुझसे 'आप' कहकर बात कीजिए।", "formal"),
        ("zh", "对了，你别再用“您”称呼我了，我才二十岁。", "casual"),
        # Where the language writes apostrophes, straight single quotes around
        # two words or more, opened after a space or a colon, still quote.
        ("it", "Il mio vicino mi ha detto 'diamoci del tu', che faccio?", None),
        ("en", "My boss said 'you can call me Jim' and I froze.", None),
        ("en", "You can drop the 'sir', just call me Mike.", "casual"),
        # A level asked for in a sentence that names a text to write is that
        # text's (requests.drafts), not the conversation's.
        ("ja", "上司へのメールを敬語で書いてくれる？", None),
        ("en", "Write an email to my landlord and keep it formal.", None),
        ("en", "Write an email to my landlord. And keep it formal with me too.", "formal"),
        # A question may open a clause after a condition; a title with a full
        # stop (Ms.) does not end the sentence early.
        (
            "en",
            "If she introduces herself as Priya, should I call her that or stick with Ms. Patel?",
            None,
        ),
        ("zh", "帮我给房东写条消息，语气客气一点。", None),
        ("id", "Tolong buatin surat izin buat atasan saya, pakai bahasa baku ya", None),
        ("id", "Kalau nulis surat ke pustakawan, lebih sopan pakai 'Anda' atau 'Bapak/Ibu'?", None),
        # Korean draft words take a particle (레터링에, 편지를).
        ("ko", "케이크 레터링에 '사랑하는 엄마께'라고 존댓말로 써 주실 수 있나요?", None),
        ("ko", "편지를 존댓말로 써 줘", None),
        # ... unless a phrase of requests.not_drafts holds the word: a matter
        # (pour une histoire de) or a likeness (wie ein Brief vom Finanzamt).
        ("fr", "Tu peux me tutoyer, on va pas se vouvoyer pour une histoire de vélo.", "informal"),
        ("fr", "Écris une histoire de pirates où le capitaine tutoie tout le monde.", None),
        ("de", "Du klingst wie ein Brief vom Finanzamt, sag einfach du zu mir.", "informal"),
        ("de", "Schreib einen Brief vom Weihnachtsmann an meinen Sohn und sag einfach du.", None),
        ("en", "Long story short, just call me Sam.", "casual"),
        ("en", "Write a story, just call me Sam in it.", None),
        # A draft word is a whole word in Devanagari too: मेल (mail) is no
        # word in फॉर्मेलिटी, where a vowel sign follows it.
        ("hi", "इतनी फॉर्मेलिटी ना करो, सीधा 'तू' बोलो", "informal"),
        ("hi", "बॉस को मेल लिखो, 'तू' बोलो मत", None),
        # A request taken back in its sentence or the next (requests.withdrawals)
        # asks for nothing; the same words before what they drop do not.
        ("it", "Stavo per dirti di darmi del tu, ma lasciamo stare, va bene così.", None),
        ("it", "Chiamami pure Fede e lascia perdere le formalità", "informal"),
        ("fr", "Je voulais vous proposer qu'on se tutoie, mais bon, restons comme ça.", None),
        ("ko", "편하게 말 놓으셔도… 아 아니다, 그냥 지금처럼 해주세요", None),
        ("en", "You can call me Mike. Actually, never mind.", None),
        ("de", "Du kannst mich duzen. Vergiss es nicht!", "informal"),
        # Past the marks that close the request's sentence (..., ?!).
        ("ko", "아 반말 편하게 하시라고 하려다가... 아니에요, 신경 쓰지 마세요.", None),
        ("vi", "Mình định bảo bạn gọi mình bằng tên thôi, mà thôi kệ.", None),
        ("ko", "반말 하셔도... 아, 아니에요, 그냥 지금처럼 해 주세요.", None),
        # A withdrawal word that closes a question is its tag (isn't it?):
        # the request before it stands.
        ("ko", "왜 자꾸 반말을 하는겨? 손님한테는 존댓말 쓰는 게 맞는 거 아녀유?", "haeyoche"),
        ("ko", "반말 하셔도 돼유… 아녀, 그냥 지금처럼 해 주세유.", None),
        ("fr", "Tu peux m'appeler Juju... non en fait oublie, c'est pas important.", None),
        ("fr", "Tutoie-moi, et oublie les formalités.", "informal"),
        ("pt", "Podes tratar-me por tu... ah, não, esquece. A que horas começa?", None),
        ("de", "Du kannst mich duzen... ach, doch nicht.", None),
        ("ja", "タメ口でいいよ…って言おうと思ったけど、やっぱ今のままでいいや。", None),
        ("th", "อยากให้คุยเป็นกันเอง... อ้ะ ไม่ดีกว่า ใช้แบบเดิมไปเถอะ", None),
        ("es", "Tutéame si quieres... bueno no, mejor sigamos como estábamos.", None),
        ("id", "Panggil gue Rio aja... eh tapi gak deng, biarin aja kayak biasa.", None),
        ("de", "Du kannst mich duzen – ach nein, lass lieber, ist schon gut so.", None),
        ("ja", "タメ口でいいですよ…あ、やっぱりこのままでお願いします。", None),
        ("pt", "Pode me chamar de você... ah, deixa, melhor continuar como está.", None),
        # What someone else was asked, or how to speak to someone else.
        ("fr", "Mon prof m'a demandé de revenir au vouvoiement.", None),
        ("nl", "Doe maar informeel tegen je collega's.", None),
        ("ja", "上司には敬語で。", None),
        # A negation, a habit praised, a skill to teach, a notice to draft.
        ("ja", "そんな丁寧にしゃべんなくていいよ。", None),
        ("pt", "Me chame de senhor não, visse.", None),
        ("hi", "स्टाफ़ को 'आप' कहकर बात करना सिखाना है।", None),
        ("hi", "आप जिस तरह 'आप' कहकर बात करते हो, अच्छा लगता है।", None),
        ("ko", "단톡방에 올릴 공지 반말로 좀 써줘.", None),
        ("en", "My boss said don't need so formal in the report.", None),
        ("ja", "彼は友達みたいに話してたよ。", None),
        ("de", "Meine Oma fühlt sich alt, wenn man sie siezt.", None),
        ("zh", "帮我写一段失物招领处的告示，用'您'。", None),
        ("id", "Tolong tulis pengumuman pakai bahasa formal.", None),
        ("hi", "Nagar nigam ko complaint likhni hai, 'aap' wali language mein likh do", None),
        ("fr", "Au téléphone, il faut parler normalement au client.", None),
        ("hi", "दोस्तों को 'bhai' मत बोलो, अजीब लगता है।", None),
        ("nl", "Nee joh, ge doet het goed zo, blijf maar gewoon jij zeggen.", None),
        ("id", "Tolong bikinin caption buat IG toko kita, bahasanya yang formal ya.", None),
        ("id", "Tolong bikinin surat resmi buat kepala panti jompo ya, bahasanya formal.", None),
        ("de", "Moin! Sie könn' ruhig beim Sie bleiben, geht klar.", None),
        ("th", "ถ้าคุยกับอาจารย์ในคลาสภาคค่ำ ควรลงท้ายครับหรือพูดกันเองได้?", None),
        ("zh", "帮我给旅行社经理写一封正式的投诉信，要用'您'。", None),
        # What the user keeps (requests.keeps), in the request's sentence; not
        # where another request stands between (don't, as now, use banmal).
        ("de", "Passt schon so, du darfst mich ruhig weiter duzen, wie bisher.", None),
        ("ja", "今の丁寧な話し方で全然大丈夫です、変えなくていいですよ。", None),
        ("ko", "지금처럼 존댓말 써 주시는 거 좋아요, 그대로 해 주세요.", None),
        ("ko", "지금처럼 반말하지 말고 존댓말 써 주세요.", "haeyoche"),
        ("nl", "Je mag me gewoon blijven tutoyeren hoor.", None),
        ("vi", "Gọi mình là bạn như nãy giờ là ok rồi, khỏi đổi.", None),
        ("hi", "नहीं नहीं, 'आप' ही ठीक है, बदलने की ज़रूरत नहीं।", None),
        ("id", "Tetap pakai 'Anda' aja kayak biasa.", None),
        # Thanks for the form in use; an apostrophe either way (j’apprécie).
        ("fr", "Merci, j’apprécie beaucoup que vous me vouvoyiez, c’est agréable.", None),
        ("fr", "J'apprécierais que vous me vouvoyiez.", "formal"),
        # Offers taken back, a question about someone else's speech, a
        # return allowed in advance.
        ("it", "Se vuoi puoi darmi del tu... no, belin, lascia così che va bene.", None),
        ("th", "จะบอกว่าพูดกันเองได้... เอ้ย ไม่เป็นไร แบบเดิมแหละดีแล้ว", None),
        ("ja", "語学学校の日本語の先生にタメ口で話してもいいですか？", None),
        ("it", "Il tassista mi ha detto 'ciao bello'. Ed è normale che mi desse del tu?", None),
        ("fr", "Mon prof m'a demandé de revenir au vouvoiement.", None),
        ("id", "Nanti kalau soal bayar balik formal lagi gpp.", None),
        # Of two requests that overlap, the one that holds the other.
        ("es", "Hola! no hace falta que me hables de usted 😅", "informal"),
        # What the seventy-fifth set's families leave alone: speech reported
        # or complained of, a rule for others, a statement that forbids, a keep.
        ("ja", "バイトの子にちゃんとした言葉遣いで対応してって言った。", None),
        ("ko", "손님한테 말 놓으면 안 돼요.", None),
        ("it", "Con i clienti bisogna tornare al Lei.", None),
        ("vi", "Sao tự dưng lại xưng 'tui – bạn' với tôi?", None),
        ("vi", "Tài xế cứ gọi tui là 'mi' rứa là răng?", None),
        ("vi", "Nhân viên xưng hô 'quý khách' như trước.", None),
        ("en", "The staff didn't address me properly.", None),
        ("hi", "Manager ne mujhe tu bol ke bulaya", None),
        ("es", "Está bien que me trate de usted, no hace falta cambiar.", None),
        ("fr", "Vous pouvez me vouvoyer, pas besoin de changer.", None),
        # A polite form turned down for customers, or reported, asks for nothing.
        ("ja", "お客様には「〜でございます」ってのやめてほしいって店長が", None),
        ("ja", "「〜でございます」ってのやめてほしいって言われた", None),
        # What the seventy-seventh set's families leave alone: a complaint, a
        # report, a question reported, what the user keeps, a request taken back.
        ("de", "Geh bitte, seit wann san mir per du?", None),
        ("hi", "Uncle ne mujhe 'aap' bol ke baat kiya, badi tameez se.", None),
        ("ko", "후배가 저한테 반말해도 되냐고 물어보는데 어떡하죠?", None),
        ("hi", "अभी जैसे 'आप' बोलकर बात कर रहे हो, ऐसे ही रखो।", None),
        ("id", "Bahasanya udah pas kok, nggak kaku. Lanjut aja kayak gini.", None),
        ("en", "I was gonna ask you to be more casual but actually nah.", None),
        # A keep in new words: the user likes the form in use.
        ("es", "Me gusta que me trates de usted, no lo cambies.", None),
        # And in dialect (変えんとって: don't change it).
        ("ja", "そのままの丁寧な話し方でいいよ、変えんとって。", None),
        # A sentence given to rewrite: the level is the sentence's.
        ("ja", "この文を敬語に変えて：明日行くね", None),
        ("ko", "다음 문장 존댓말로 바꿔 줘: '밥 먹었어?'", None),
        # A form turned down: eviti di darmi del tu asks for Lei, and don't
        # call me Mr Hale does not ask for the title.
        ("it", "Eviti di darmi del tu, grazie.", "formal"),
        ("en", "Please don't call me Mr Hale.", None),
        # Etiquette toward someone else, or a choice between the forms.
        ("ja", "受付の人にはタメ口で話しても大丈夫ですか？", None),
        ("fr", "Au bureau, on se tutoie ou on vouvoie le chef ?", None),
        ("pt", "Todo mundo me chama de 'você' aqui, é normal?", None),
        ("ru", "Начальнику говорить «вы» или можно на «ты»?", None),
        # A message to write for someone, named in the sentence or the one before.
        ("vi", "Soạn tin nhắn gửi chú chủ nhà, gọi 'chú' cho lễ phép nhé.", None),
        ("id", "Bikinin pesan ke dosen, pakai bahasa sopan ya.", None),
        ("en", "Write a note to my landlord. Keep it formal, call him Mr Reed.", None),
        ("th", "ช่วยเขียนประกาศให้ลูกค้าหน่อย ใช้ภาษาเป็นกันเอง ไม่ต้องทางการ", None),
        # A keep: the user is happy with tú.
        ("es", "Puedes seguir hablándome de tú, está bien.", None),
    ],
)
def test_only_the_users_own_request_counts(code: str, text: str, level: str | None) -> None:
    found = asked(text, _spec(code))
    assert (found.level if found else None) == level, found


# Sets of 180 messages in the 15 locales, written blind by reviewers who had
# not seen the patterns: requests for either level (offers, negations, questions,
# some inside a support message) and look-alikes (learners asking about the
# forms, requests about someone else, quoted offers, 不用客气). The first, on
# arrival with the first patterns: informal 26/60, formal 14/45, look-alikes
# left alone 58/75; the patterns were then rewritten (whole request forms, not
# a verb in any person; quotations and questions about the forms set aside):
# 60, 45, 71. The second, written after that and measured before any change:
# 35/60, 27/45, 72/75 (requests said in ways no pattern listed: くだけた感じで,
# Nada de 'usted', без этих «вы», basta col Lei); then families of such phrasings:
# 58, 44, 75. Both floors are in-sample now. A third (bank, game, clinic, hotel
# and shop bots), written after all of that and measured as it arrived: 43,
# 27, 74. Then families of what it missed (敬語で対応して, 别老“您您您”的,
# chill with the formalities, address me as Dr. …, no me trates de usted, non
# serve che mi dai del Lei, Noem me geen je, по имени-отчеству): 60, 45, 74,
# in-sample too. A fourth (tutor, dating, tax office, pizza, airline, fitness
# and bank bots; elderly and teenage users; voice-typed text without accents),
# written after that and measured on arrival: 28, 27, 74. Recall was the weak
# side again (phrasings such as 普通体で, 말 좀 공손하게, 一口一个“您”,
# มีหางเสียง, xưng anh em, bicaranya yang santun, a bit more courtesy, lassen
# Sie das 'Hey' weg, dígame doña Carmen, zeg maar jij tegen mij): after their
# families, 60, 45, 75. A fifth (a cooking assistant, a game master, a museum
# guide, a smart speaker, admissions and recruiting bots; Swiss German,
# Flemish, Kansai, Taiwanese; requests taken back: "I said casual before,
# but now…"), written after all of that and measured on arrival: 41, 21, 72.
# It missed more phrasings (もっと軽い感じで, 존댓말 좀 씁시다, พูดมีคะ/ครับ,
# thưa gửi đàng hoàng, bahasa yang lebih formal, garder le vouvoiement,
# parliamoci col tu, ik heb liever toch weer u), dialect (Du chasch mi duze,
# met ge aanspreken), requests taken back whose new level no pattern read (the
# old one then held), and levels asked for a letter to someone else (ใช้ภาษา
# ทางการนะ on an invitation to elders). Then those families, requests.drafts
# (a sentence naming a text to write: its level is the text's) and, where
# the language writes apostrophes, straight single quotes around two words or
# more opened after a space or a colon read as quotation marks (mi ha detto
# 'diamoci del tu'): 60, 45, 75, and set 1's look-alikes 74. Left: a request
# only implied (so formal 😂 chill), a name in place of a title (เรียกชื่อเล่น
# เลย), and a user asking whether they may speak casually after a friend's
# offer (本当にタメ口で話していいのかな？). A sixth (a language-exchange
# partner, a discharge assistant, a wedding planner, a library, a vet, a game
# NPC; hedged, emotional and conditional requests, names in place of forms,
# requests taken back in the same message), written after all of that and
# measured on arrival: 29, 30, 71. It missed most a request taken back whose
# new level no pattern read (Du kannst mich duzen, äh, nee, bleiben wir beim
# Sie), a first name offered in place of a title (just Tom is fine, chiamami
# Giulia, Gọi Tuấn thôi), titles the user wants dropped ('Mr. Henderson'
# makes me feel…), and Russian typed in Latin letters; after those families:
# 54, 45, 74. Left there: a name alone (Lukas reicht völlig, Gewoon Bas.),
# a title complained of without a request (Als je me nog één keer 'geachte
# klant' noemt…), and Mag je gewoon je zeggen?, which reads as a question
# about the forms. A seventh (a pharmacy, an insurance claim, a kindergarten,
# a dating coach, a bakery, a meditation app; teenagers giving their age,
# requests as one clause of a long message), written after that and
# measured on arrival: 39, 29, 74; after families of its misses (ため口OK,
# 존댓말로 바꿔, 用“您”就好, คุยแบบเพื่อน, gọi tên Tùng là được, panggil aku
# Dinda aja, tameez se baat kijiye, refer to me as Professor…, a more formal
# register, lass das Sie mal weg, qu'on se dise tu, trátenme de usted, mi si
# desse del Lei, refira-se a mim como, dat 'u' eraf, какое ещё вы): 60, 45,
# 75; a clerk who me trató de tú is no request. An eighth (a gym, trains,
# estate agents, a tax helper, children's stories, a dentist; Bavarian,
# Roman, Rioplatense), written after all of that and kept as it arrived, the
# measured on arrival: 39, 34, 72. It missed chat shorthand (존댓말 ㄴㄴ
# 반말 ㄱㄱ, ためでおｋ), dialect (Des Siezen kannst da spar'n), a name offered
# alone (Zeg maar Sanne), tone asked for in new words (een zakelijkere toon,
# поофициальнее), and read a story's character who speaks in keigo or 'आप'
# as the user's request: stories, poems and dialogues are now drafts too,
# and a letter only one the user has written (buatin surat, not kaku kayak
# surat dinas). After: 60, 45, 74; then 60, 44, 74, since a title with
# "will do" or "please" (Mrs. Patel will do) is also how one picks a doctor. A ninth (a bank, a hotel, a garage, an
# interview coach, a funeral home, a campsite; chat shorthand, dialect),
# written after all of that and measured on arrival: 48, 31, 72 (informal
# 80%, formal 69%, look-alikes 96%). It missed mostly more phrasings
# (もっとフランクにいこう, 반모 ㄱㄱ, 说话正式一些, ภาษาที่สุภาพกว่านี้, 'आप' का
# प्रयोग करें, can u be less stiff, sag oafach du zu mir, Spreek me aub met u
# aan, пиши мне на ты), and read "Wir sind nicht per Du" and "Seit wann
# duzen Sie mich?" as offers of du; after those families, and a question
# about the forms that opens a clause after a condition (If she introduces
# herself as Priya, should I…?): 60, 45, 75. A tenth (an airline, a vet, a
# library, an IT helpdesk, a football club, car rental; Kansai, Cantonese,
# southern Vietnamese, Hinglish, European Portuguese; requests buried in a
# longer message), written after that and measured on arrival: 41, 24, 71
# (68%, 53%, 95%). It missed names and titles asked for in new words
# (名前で呼んでくれていいよ, 「田中様」とお呼びください, 민준이라고 불러, 叫我阿明得啦,
# เรียกดิฉันว่าคุณวิภาวรรณ, Für Sie bin ich Frau Dr. Lehmann, appelle-moi
# Julien, me chame de Dra. Camila, Voor u ben ik mevrouw De Vries),
# complaints that ask for respect (Почему вы мне тыкаете?, sao em nói trống
# không vậy?, on n'a pas gardé les cochons ensemble, Que intimidade é
# essa?), and plain talk asked for in idiom (parla come mangi, háblame
# normal, doe eens wat losser); after those families: 60, 45, 73. It still
# reads "lassen wir es lieber beim Sie", after an offer of du the user
# thought better of, as asking for Sie (the set counts it as no request),
# and a Korean asking whether she may speak 반말 to her mother-in-law. An
# eleventh (a parcel service, admissions, a ski school, a notary, a gaming
# clan's Discord, a crypto exchange; sarcasm, complaints, Chilean Spanish,
# Belgian French, Osaka Japanese), written after all of that and measured
# on arrival: 47, 28, 72 (informal 78%, formal 62%,
# look-alikes 96%). It missed mostly more phrasings (「お前」呼ばわりすんのやめろ,
# 称呼我为'李女士', Ab jetzt wird geduzt, Für Sie immer noch Frau Dr. …,
# C'est « Maître Lambert », pas « Julien », Мы с вами на брудершафт не пили,
# 'Mr. Okafor' is my dad), and read "Seit wann sind wir per Du?" as an
# offer of du; after those families: 59, 45, 75. Left: "у нас в клане все
# на ты, давай и ты так же", a norm stated and then extended to the bot,
# since the same words tell a friend how one's family speaks. A twelfth (a
# mortgage advisor, student housing, a tattoo studio, a temple office, a
# visa helpdesk, a surf school; requests justified by age or the setting,
# limited in time, addressed to the bot by name; Austrian, Caribbean
# Spanish, Isan Thai, Javanese Indonesian, Busan Korean), written after
# all of that and measured on arrival: 40, 30, 72 (informal 67%, formal
# 67%, look-alikes 96%). It missed most a first name
# offered in words no pattern lists (ケンタで！, 지수라고 불러 주세요, 叫我思思吧,
# Panggil aku Yanto wae, Sag einfach Lena, tu peux m'appeler Inès, Noem me
# gewoon Daan, Зови просто Настя), threats that ask for respect (Noch
# einmal "na du" und ich kündige), and read offers made and withdrawn
# (Stavo per dirti di darmi del tu, ma lasciamo stare) as offers. After
# those families and requests.withdrawals (words that take back a request
# in its sentence or the next: lasciamo stare, restons comme ça, 아 아니다,
# never mind): 59, 45, 75. Left: Isan Thai (เว้า, เอิ้นข้อย). A thirteenth
# (a pharmacy, movers, a wine shop, a summer camp, a choir, a lawyer's
# intake; nicknames with a reason, titles asked for in grief; Swabian,
# Roman, Québécois, Singapore Mandarin, Hanoi Vietnamese), written after
# all of that and measured on arrival: 43, 35, 75 (informal 72%, formal
# 78%, look-alikes 100%). It missed mostly first names offered with a
# reason (ここの人みんなそう呼ぶから, todo mundo aqui chama, iedereen bij het
# koor noemt me Bram), titles asked for in new words (请称呼我李律师,
# Trate-me por Dr. Costa, Graag mevrouw De Vries, niet Anouk), dialect (Sie
# kennet mi ruhig duza, damme der tu), and read "Sinds wanneer tutoyeren
# wij elkaar?" as an offer; after those families: 59, 45, 75 (left: damme
# der tu, Roman dialect).
# A fourteenth (an electricity provider, a blood donation centre, a
# cemetery office, an e-sports team, a podcast's listener line; Berlin
# German, Flemish, Gyeongsang Korean, Hong Kong Cantonese, northern Thai,
# Surabaya Indonesian, Mozambican Portuguese), written after all of that
# and measured on arrival: 40, 33, 70 (informal 67%, formal 73%,
# look-alikes 93%). It missed mostly dialect (wat soll dit Jesieze?, 마
# 존댓말 고마 해라, 唔使成日「先生」前「先生」後, อู้กันแบบสบายๆ, celuk ae Dimas, ge
# moet mij nie met 'u' aanspreken), preferences (I'd feel more comfortable
# if you didn't call me ma'am, Prefiero que me llame doctora Ramírez), and
# read a style asked of a photo or a cake's lettering (正式一点, mais
# descontraído, 존댓말로 써 주실 수 있나요?: Korean draft words now take a
# particle, 레터링에) and an offer nearly made (…, aber passt schon) as
# requests. After those families: 59, 44, 75. Left: just call me vex (a
# name in small letters) and non mi chiami 'Ferrari' e basta.
# A fifteenth (a water utility, a theatre box office, a tax advisor, a
# consulate, a chess club, a luxury watch shop; Saxon, Neapolitan,
# Venetian, Jeju, Betawi, Medan, Brazilian Northeast), written after all
# of that and measured on arrival: 46, 30, 73 (informal 77%, formal 67%,
# look-alikes 97%). It missed mostly more phrasings
# ('김 대표님'이라고 불러주셨으면 합니다, 말 트면 안 돼?, 被称为陈女士, sapa saya
# dengan 'Dokter Rina', formal Hindi use karein, if you stopped calling me
# 'mate', cesser de m'appeler par mon prénom, Preferirei che non mi desse
# del tu, un registo mais formal, zeg maar jij en jou), dialect (말
# 놓읍서, Siezen Se mich bidde, damme do' tu, dame del ti), and read offers
# thought better of (…하려다가... 아니에요, mà thôi kệ) as offers; after those
# families: 59, 45, 75 (left: u can call me jojo, a name in small letters).
# A sixteenth (a ferry company, an orthodontist, a pension fund, a
# volunteer fire brigade, a private bank, a dog trainer; Ruhr German,
# Swiss German, Sundanese-flavoured Indonesian, Jeolla Korean, Sichuan
# Mandarin, Saigon Vietnamese), written after all of that and measured on
# arrival: 46, 34, 74 (informal 77%, formal 76%, look-alikes 99%). It
# missed mostly dialect (sach ma einfach du zu mir,
# Sie chönd mir gern du säge, 편하게 말혀, 莫得那么客气哈, บ่ต้องเอิ้นว่าคุณ,
# teu kedah dipanggil 'Ibu'), more phrasings (麻烦以后跟我说话用“您”, Esigo
# un tono formale, trate-me com mais formalidade, Spreek mij alstublieft
# aan met mevrouw De Boer, Мне не нравится, что вы мне тыкаете, lịch sự
# giùm cái), and read an offer taken back with "아, 아니에요" (a comma
# inside the withdrawal) as an offer; after those families: 60, 45, 75.
# A seventeenth (a hearing-aid shop, an escape room, a retirement home, a
# sailing club, a hospital billing office, a tailor; Cologne, Viennese,
# Limburg Dutch, Chilean Spanish, Makassar Indonesian, Jeolla Korean),
# written after all of that and kept as it arrived, the honest figure: 46,
# 40, 73 (informal 77%, formal 89%, look-alikes 97%). It misses mostly
# dialect (dat Jesieze kannste dir spare, lass des Sie weg, Zeg mer
# gewoon doe tegen mich, no me tratís de usted po, jangan mi terlalu
# formal, 편하게 혀), wishes (반말 써 주시면 더 편할 것 같아요, on pourrait
# pas passer au tu ?, Je préfère que vous m'appeliez Madame Lefèvre), and
# reads offers taken back with "non en fait oublie" and "ah, não, esquece"
# as offers; after those families: 57, 45, 75 (left: 편하게 혀, Zeg mer
# gewoon doe tegen mich, "can we just talk like normal people?").
# An eighteenth (a driving school, a florist, a car rental desk, a ski
# school, an insurance claims line, a dating app, a hotel spa; Swabian,
# Quebec French, Argentine Spanish, Flemish, Chungcheong Korean, Taiwanese
# Mandarin, Isan Thai, Huế Vietnamese, Bhojpuri-flavoured Hindi), written
# after all of that and kept as it arrived, the honest figure: 44, 26, 69
# (informal 73%, formal 58%, look-alikes 92%). It misses mostly a title
# asked for against a pet name (Nennen Sie mich bitte Frau Dr. Berger und
# nicht 'Steffi', Arrêtez de m'appeler 'ma belle', c'est Madame Gagnon,
# Не называйте меня «Ленусик», 請不要叫我小陳，稱呼我陳先生), wishes and
# complaints (말씀을 좀 더 격식 있게 해 주셨으면 합니다, Un poco más de
# formalidad, ¿sí?, мне будет комфортнее если ты будешь попроще общаться),
# and dialect (편허게 혀유, klap gewoon normaal tegen mij, dejá de ser tan
# formal); it reads offers taken back with やっぱ今のままでいいや, ach nee,
# lass mal, bueno no, mejor sigamos and ไม่ดีกว่า as offers, and one quoted
# from a driving instructor as the user's. After those families (and
# requests.fold, which reads traditional Chinese through the simplified
# patterns): 59, 45, 73. A nineteenth (a bakery, a gym's front desk, a
# parking office, a wedding planner, a phone repair shop, a children's
# dentist; Bavarian, Berlin, Belgian French, Roman Italian, Brabant Dutch,
# Busan Korean, southern Thai, Medan Indonesian, Mumbai Hinglish, Irish
# English, Russian teen chat), written after all of that and kept as it
# arrived, the honest figure: 40, 37, 74 (informal 67%, formal 82%,
# look-alikes 99%). It misses mostly dialect and slang (Mir kenna uns ruhig
# duzn, red ma janz normal mit mir, damose der tu, laot da meneer mar
# zitte, 니 와 이리 딱딱하노, แหลงกันเองได้เลยหนิ, Sir-vir mat bolo, зачем
# так пафосно базаришь? проще будь), wishes and complaints (もっと友達っぽく
# 話してほしい, tout ce 'vous' me donne l'impression de parler à
# l'administration, Das 'Sie' ist mir echt zu steif), and titles asked for
# against a nickname (Я Александра Викторовна after «Сашенька»,
# 이름에 님 붙여서 불러 주실래요?, Restons-en au vous); after those families:
# 58, 45, 75. A twentieth (an airline's loyalty desk, a tutoring platform, a
# hardware store, a crematorium's office, a real-estate agent, an online
# game's support; Swiss and Austrian German, Québécois, Andalusian and
# Chilean Spanish, Venetian, Lisbon Portuguese, Flemish, Haryanvi,
# Southern US English), written after all of that and kept as it arrived,
# the honest figure: 40, 29, 72 (informal 67%, formal 64%, look-alikes
# 96%). It misses mostly a professional tone asked for against a pet name
# (Das 'Schatzi' können Sie sich sparen, Merci d'arrêter avec « mon
# grand », nada de 'mi amor' ni 'cariño', Evita 'tesoro', Noem me
# alsjeblieft geen 'schat', Не называйте меня «зайка»), wishes for more
# formality (Je souhaiterais que vous vous adressiez à moi avec plus de
# formalité, Agradecia um tom mais cerimonioso, 麻烦以后说话规范一点), and
# dialect (Hör uf mit dem Sie, Quillo, déjate de 'don Manuel', no sta'
# ciamarme signor Zanon, 唔使咁正经啦, म्हारे यहाँ तो सब तू ही कहवें सें);
# and it reads two questions about the forms that no question word opens
# (Est-ce qu'on vouvoie son prof ?, lebih sopan pakai 'Anda'?) as requests.
# After those families (and French « vous » with its spaces read as quoted):
# 60, 45, 74. A twenty-first (a pediatric clinic, university admissions, a
# karaoke bar, a taxi app, a funeral home, a music school; Saxon, Low
# German, Marseille French, Argentine Spanish, Sardinian, Mozambican
# Portuguese, Antwerp Dutch, Fukuoka Japanese, Chungcheong Korean,
# northeastern Mandarin, Chiang Mai Thai, central Vietnamese, Lucknowi
# Hindi, Jamaican English, Odessa Russian), written after all of that and
# kept as it arrived, the honest figure: 44, 35, 74 (informal 73%, formal
# 78%, look-alikes 99%). It misses mostly dialect (da könn'mer ooch Du
# sagen, Lass man dat 'Sie' weg, たけしって呼んでくれたらよかよ, 편하게 말
# 놓으셔유, 咱唠嗑随意点儿呗, khỏi 'dạ thưa' chi cho mệt, Jus call me
# Dwayne), a pet name or a first name refused with words no list holds
# (Nennen Sie mich bitte nicht mehr 'Schatzi', non mi chiami più 'tesoro',
# Ik stel het niet op prijs dat je me 'schatje' noemt, เลิกเรียกผมว่า
# 'เฮีย'), and the reverse: a title refused (Herr Schulze war mein Vater,
# dejá de decirme 'señor', साहब-वाहब छोड़िए); after those families: 60, 45, 75.
# A twenty-second (an optician, a notary's booking, a climbing gym, a tax
# office's chatbot, a parish office, a student dormitory; Franconian,
# Tyrolean, Acadian French, Colombian Spanish, Minas Gerais Portuguese,
# Limburg and Groningen Dutch, Shanghainese-flavoured Mandarin, Mekong delta
# Vietnamese, Minang Indonesian, Rajasthani and Punjabi-flavoured Hindi,
# Scottish English), written after all of that and kept as it arrived, the
# honest figure: 41, 36, 72 (informal 68%, formal 80%, look-alikes 96%).
# It missed mostly dialect (侬介客气做啥啦, xưng tui với bồ, indak usah
# ba-Pak-Pak, Etz hör fei auf mit dem Sie, lache le « monsieur », Zèk mer
# gewoon 'doe' tegen mich) and titles or pet names refused (mujhe Mr. Verma
# mat bolo, Liever niet 'makker' noemen); after those families: 60, 45, 72.
# A twenty-third (a hardware store, a notary, a ski school, a tattoo studio,
# a vet, a bank hotline; Kansai and Okinawan Japanese, Jeju and Jeolla
# Korean, Cologne German, Swiss and Belgian French, Neapolitan, Porto
# Portuguese, Antwerp and Surinamese Dutch, Marwari and Bhojpuri Hindi,
# Hue Vietnamese, Sundanese- and Javanese-flavoured Indonesian), written
# after all of that: 47, 35, 69 on arrival (informal 78%, formal 78%,
# look-alikes 92%), missing dialect (Do kanns ruhig Du sage, Damme d'o tu,
# 편하게 혀, हमरा के तू कह के बोलऽ), wishes for a formal tone (Ich bitte um
# eine förmliche Ansprache, Merci de garder un ton professionnel, ขอภาษาที่
# เป็นทางการ) and a habit read as a request (Temanku selalu pakai 'gue-lo');
# after those families: 60, 45, 72 (71 since the forty-fourth: see there).
# The look-alikes left take a request back and keep the present level in
# so many words (non en fait, restons au vous), which is read as asking
# for it. A twenty-fourth (a
# pharmacy, a registrar, a yoga studio, a dentist, a phone shop, a hiking
# club; Ruhr and Hessian German, Ivorian French, Cuban and Peruvian
# Spanish, Roman and Milanese Italian, Gaúcho and Angolan Portuguese,
# Twente Dutch, Sichuan and Hong Kong Mandarin, Makassar and Betawi
# Indonesian, Awadhi and Mumbai Hindi, Nigerian and Singapore English),
# written after all of that: 48, 34, 67 on arrival (informal 80%, formal
# 76%, look-alikes 89%), missing dialect (Babbel doch net so geschwolle,
# sach aafach du; 말 놓으래이; call me Wei Ling can lah; kagak usah pake
# 'Anda' segala), pet names and titles refused with words no list held
# (Lassen Sie das 'Schatzi' bitte weg, Non mi chiami 'Giuly', 'sir sir'
# kya laga rakha hai), and look-alikes about someone else (중고차 딜러한테
# 반말 써도 돼?, Meu professor odeia ser chamado de 'senhor'); after those
# families: 60, 45, 71. A twenty-fifth (a library, a museum, a pet groomer,
# a travel agency, a therapist's booking line, an electricity company;
# Styrian and Westphalian German, Réunion and Alsatian French, Venezuelan
# and Paraguayan Spanish, Bolognese and Calabrian Italian, Pernambuco and
# Azorean Portuguese, Zeeland and Utrecht Dutch, Ural and Rostov Russian,
# Hyderabadi and Chhattisgarhi Hindi, Quang Nam and Da Nang Vietnamese,
# Palembang and Manado Indonesian, Tianjin and Shandong Mandarin, Korat
# and Phuket Thai, Kyoto and Tsugaru Japanese, Daegu and North Korean
# Korean, Welsh, South African and New Zealand English), written after all
# of that: 47, 36, 67 on arrival (informal 78%, formal 80%, look-alikes
# 89%), missing dialect (cause avec moin comme un dalon, Ngana jang bilang
# 'ngana' pa kita, Dammi du Lei, pe' piacìri, 례의를 갖춰서 존대말로) and
# wishes in the conditional (Es wäre schön, wenn wir etwas lockerer
# miteinander reden könnten; Seria legal se a gente conversasse mais como
# amigos); after those families: 60, 45, 69. The six look-alikes it still
# reads take an offer back and keep the present level in so many words
# (bueno no, mejor sigamos con el usted), read as asking for that level,
# and a level asked for in the sentence after a draft (Kun je een formele
# brief schrijven…? Graag met u.). A twenty-sixth (a swimming school, a
# chess club, a lawyer's office, an embassy's visa desk, a camping site, a
# coffee roastery; Baden and Bernese German, Ch'ti and Senegalese French,
# Uruguayan and Dominican Spanish, Piedmontese and Apulian Italian, West
# Flemish, Kazan Russian, Bihari Hindi, Balinese and Acehnese Indonesian,
# Busan Korean, Geordie and Trinidadian English),
# written after all of that: 46, 36, 69 on arrival (informal 77%, formal
# 80%, look-alikes 92%). Two of its misses were bugs: a nicht in the next
# clause cancelled Bitte siezen Sie mich, wir kennen uns nicht, and
# 不要叫我昵称 read as asking for the nickname. After its families (howay
# man, divvent be callin us sir; Ah zeg mo gie tegen mie é; Айда на ты; Ich
# heiße Dr. Brandt, nicht Klaus; Sería genial que me llamaras Pili;
# manteniamo un tono professionale): 60, 45, 69, all six look-alikes left
# being offers taken back for the present level. A twenty-seventh (a
# bakery, a driving school, a dental clinic, a bike repair shop, a hotel
# concierge desk, a tax adviser, a dance studio, a pharmacy, a kindergarten,
# a vineyard tour; Swabian and Viennese German, Québécois and Belgian
# French, Chilean, Andalusian and Rioplatense Spanish, Roman and Neapolitan
# Italian, Carioca and Alentejo Portuguese, Amsterdam and Limburg Dutch,
# Odessa and Siberian Russian, Haryanvi and Bhojpuri Hindi, Saigon and Huế
# Vietnamese, Betawi and Javanese Indonesian, Cantonese-flavoured and
# Northeastern Mandarin, Isan and Southern Thai, Hiroshima, Tohoku and
# Kansai Japanese, Jeolla and Jeju Korean, Scouse, Scottish and Australian
# English), written after all of that: 49, 37, 66 on arrival (informal
# 82%, formal 82%, look-alikes 88%). Four of its look-alikes were bugs: a
# shop manager who talks to customers in タメ口 (タメ口で話すんだけど) and a
# driving instructor who keeps using 반말 (강사님이 자꾸 반말하는데) read as
# requests; 叫我全名吧 read as offering a first name; and an etiquette
# question opened by sebaiknya (should one say Anda or Dokter?) read as
# asking for Anda. After its families (sag einfach Lisi zu mir; Etwas mehr
# Professionalität bitte; Pas de tutoiement; ma quale signore, parlame
# comm'a n'amico; Zeg mer gewoen doe taege mich; говори со мной попросту;
# sir-wir chhodo; celuk aku Mas Budi wae; kok kaku bgt sih?; 保持专业一点的
# 语气; เป็นกันเองหน่อยสิ; Could you be a bit more formal with me?): 60, 45,
# 69, the six look-alikes left again offers taken back for the present
# level. A twenty-eighth (a gym front desk, a car rental counter, a
# ceramics workshop, a flower shop, a museum audio guide, an accountant, a
# ski school, a veterinary clinic, a co-working space, a sushi restaurant;
# Bavarian and Cologne German, Marseille, Swiss and Québécois French,
# Mexican, Canarian and Colombian Spanish, Sicilian and Venetian Italian,
# Mineiro and Azorean Portuguese, Rotterdam and Antwerp Dutch, St
# Petersburg and Ukrainian-flavoured Russian, Marwari and Rajasthani Hindi,
# Nghệ An and Hanoi office Vietnamese, Sundanese and Medan Indonesian,
# Taiwanese and Sichuan Mandarin, Northern and Bangkok teen Thai, Nagoya
# and Hakata Japanese, Chungcheong and Gangwon Korean, Irish, Yorkshire and
# Singaporean English), written after all of
# that: 48, 35, 70 on arrival (informal 80%, formal 78%, look-alikes 93%).
# Three of its misses were bugs: a boss's report that we should all say du
# (mia soin uns olle duzn) read as a request; perché mi dai del Lei?, a
# complaint about Lei, read as asking for it; and 존댓말 해줘 after a
# withdrawn offer of 반말 went unread, so the offer stood. After its
# families (Lass dat 'Frau Schmitz' ma weg; wär mir das Sie lieber; si tu
# me parlais comme à un pote; Deja el 'Don Ramón'; Puoi essere un po' più
# professionale?; Agradecia que me tratasse por Dr. Sousa; Noem me
# alsjeblieft gewoon Sanne; не называй меня по отчеству; Можно как-то
# посерьёзнее?; Cứ nói như bạn bè đi; ulah kaku kitu atuh; 把我當朋友就好;
# ขอใช้ เรา-นาย ได้มั้ย): 60, 45, 71, the four look-alikes left offers taken
# back for the present level. A twenty-ninth (a hair salon, a train ticket
# office, a bookshop, a surf school, a wine bar, a notary, a yoga retreat,
# a computer repair shop, a language school, a petrol station; Hessian and
# Tyrolean German, Lyon and Réunion French, Peruvian, Cuban and Murcian
# Spanish, Tuscan and Bolognese Italian, Gaúcho and Porto Portuguese,
# Groningen and Ghent Dutch, Moscow and Ural Russian, Awadhi and Mumbai
# Hindi, Huế and Cần Thơ Vietnamese, Padang and Makassar Indonesian,
# Beijing and Shanghai Mandarin, Isan and Hat Yai Thai, Sendai and Okinawa
# Japanese, Gyeongsang and Seoul teen Korean, Welsh, Glaswegian and Kiwi
# English), written after all of that: 52, 35, 70 on arrival (informal
# 87%, formal 78%, look-alikes 93%). Two of its misses were bugs: 김
# 과장이라고 불러주세요, a title, read as offering a name, and an offer of
# mày tao taken back with thôi đừng stood. After its families (下の名前で
# いいよ; hör auf mit Herr Becker; Hör auf mit dem Du. Sie, bitte; Lé pa la
# peine vouvoyer moin; Non chiamarmi 'tesoro'; Graag zakelijk blijven; На
# ты давай; tu bol na; 能不能专业一点？; Bit more formal thanks): 60, 45,
# 71. A thirtieth (a bicycle hire, a tailor, a tax office hotline, a
# climbing gym, a bakery counter, a dentist, a driving instructor, an
# optician, a theatre box office, a hostel reception; Palatinate and Zurich
# German, Toulouse and Ivorian French, Venezuelan, Chilean and Asturian
# Spanish, Calabrian and Friulian Italian, Bahian and Angolan Portuguese,
# Twente and Brussels Dutch, Odessa and Far Eastern Russian, Delhi and
# Bhojpuri Hindi, Da Nang and Hanoi Vietnamese, Surabaya and Manado
# Indonesian, Cantonese and Hakka Chinese, Chiang Mai and Korat Thai,
# Hiroshima and Kyoto Japanese, Busan and Jeolla Korean, Irish, Cockney and
# South African English), written after all of that: 50, 36, 67 on arrival
# (informal 83%, formal 80%, look-alikes 89%). One of its misses was a bug:
# an offer of ты taken back with "а, нет" stood. After its families (du
# kannsch ruhisch du zu mer sage; Chönd Sie mich bitte sieze?; lassa stari u
# Lei, parrami normali; ojok formal-formal ngono ta; ช่วยพูดให้เป็นงานเป็นการ;
# Давайте держаться делового тона): 60, 45, 68. A thirty-first (a library,
# a ferry ticket office, a car wash, a pet groomer, a locksmith, a language
# school, a florist, a pawn shop, a ski school, a bank branch; Bavarian,
# Swabian and Viennese German, Québécois and Marseille French, Rioplatense
# and Andalusian Spanish, Roman and Neapolitan Italian, Mineiro and
# Mozambican Portuguese, Flemish and Amsterdam Dutch, St Petersburg Russian,
# Mumbai Hindi, Huế Vietnamese, Javanese-flavoured and Medan Indonesian,
# Taiwanese and Sichuan Chinese, Isan Thai, Osaka and Hakata Japanese,
# Gyeongsang Korean, Australian and Scottish English), written after all of
# that: 50, 38, 67 on arrival (informal 83%, formal 84%, look-alikes 89%).
# Four of its misses were bugs: offers taken back with って言おうと思ったけど,
# "espera, não" and "nggak jadi deh" stood as offers, and a friend who
# "selalu pakai 'Anda'" read as asking for Anda. After its families (sag
# halt du zu mir; Des Sie lass mol weg; pourquoi tu me vouvoies; Chiamame
# Marco e basta; 苗字に「様」でお願いします; 请保持专业一点; you don't have
# to 'sir' me): 60, 45, 71. A thirty-second (a hardware store, a vet, a
# swimming pool, a campsite, a driving school, a party venue, a museum
# shop, a parking garage, a recycling centre, a laundromat; Saxon, Berlin
# and Tyrolean German, Swiss and Acadian French, Cuban and Canarian
# Spanish, Venetian and Milanese Italian, Gaúcho and Lisbon Portuguese,
# Brabant and Surinamese Dutch, Belarusian-flavoured Russian, Rajasthani and
# Punjabi-flavoured Hindi, Nghệ An and Huế Vietnamese, Javanese and Makassar
# Indonesian, Hong Kong and Northeastern Chinese, Northern Thai, Nagoya and
# Kansai Japanese, Chungcheong Korean, Jamaican and Singaporean English),
# written after all of that: 47, 38, 70 on arrival (informal 78%, formal
# 84%, look-alikes 93%). Four of its misses were bugs: an offer taken back
# with いや、やっぱり stood; 저는 … 존댓말 써요, a habit, read as asking for
# 존댓말; "Mir sind nöd per Du" read as offering du; and a question opened
# by "Kya apne" read as asking for tum. After its families (sach ruhch du
# zu mir; Arrête de m'vouvoyer; dam del ti e basta; fala comigo de tu;
# можешь звать меня просто Лёха; Talk to mi like yuh bredren): 60, 45, 73.
# A thirty-third (a bakery, an exam office, a building caretaker, a
# hairdresser, a GP reception, a gift shop, a cinema, a co-working space, a
# bike repair shop, a ticket hotline; Hessian and Cologne German, Swiss
# Romand French, Peruvian and Caribbean Spanish, Tuscan, Apulian and
# Piedmontese Italian, Nordestino and Paulista Portuguese, West Flemish,
# Rotterdam and Utrecht Dutch, Ural and Kazakh-flavoured Russian,
# Hyderabadi and Marwari Hindi, Saigon and Quảng Nam Vietnamese, Betawi,
# Ambon and Padang Indonesian, Wuhan, Taiwanese and Tianjin Chinese, Isan
# and Southern Thai, Hiroshima and Sendai Japanese, Jeolla Korean, Canadian
# English), written after all of that: 52, 36, 67 on arrival (informal
# 87%, formal 80%, look-alikes 89%). Four of its misses were bugs:
# 上司がタメ口で話してって言うんだけど and "Mein Chef hat gesagt, wir duzen
# uns jetzt" (what a boss said) read as offers, a text to send (보낼 문자,
# 정중한 존댓말로 써줘) as asking for 존댓말, and an offer taken back with
# 아니여 stood. After its families (「田中様」じゃなくて、ゆうきって呼んで
# くれたら; 왜 반말이야? 존대해; Sagense bitte Sie zu mir; lasse stà 'ste
# formalità; Kaiku sir sir bol re?; cứ xưng mi tau; Call me Chief
# Adewale): 60, 45, 71. A thirty-fourth (a ski rental, a zoo, a theatre box
# office, a farmers' market, a pet sitter, a car rental desk, a printing
# shop, a flower market, a karaoke bar, a tax advisor; Okayama, Kanazawa and
# Nagasaki Japanese, Jeju and Gyeongbuk Korean, Austrian German, Corsican,
# Alsatian and Haitian-flavoured French, Cape Verdean and Capixaba
# Portuguese, Lombard and central Italian, Zeeland, Drenthe and Flemish
# Dutch, Odessa and Volga Russian, Chhattisgarhi and Bihari Hindi, Batak,
# Banjar and Bugis Indonesian, Hunan, Cantonese and Henan Chinese),
# written after all of that and kept as it arrived, the honest figure: 48,
# 32, 69 (informal 80%, formal 71%, look-alikes 92%). Two of its misses
# were bugs, fixed since: an etiquette question (上司にタメ口で話すのって
# 失礼かな？) and a question about a word's origin (Wat is de herkomst van
# het woord 'tutoyeren'?) read as offers. After its families (友達んごと
# 話してよかよ; 존댓말로 골아줍서; sog Sie zu mir; vouvoie-moi; llámeme
# licenciada Ortega; Damme del Lei; fala comigo tipo amigo; doe nie zo
# stief; На «вы» давай; मुझे वर्मा जी कहिए; Gọi anh là Tuấn thôi; bapandir
# haja kaya bakawan; 莫喊我'宝贝'; 咋恁客气; พูดจาสุภาพหน่อย; it'd be nice
# if you were a bit less formal with me): 60, 45, 71. The four look-alikes
# it still misses are offers taken back in favour of the level already in
# use (아 아니다, 그냥 지금처럼 존댓말 써주세요), read on purpose as asking
# for that level, which changes nothing. A thirty-fifth (a tattoo studio,
# an optician, a removals firm, a post office, a cooking class, a bike
# shop, a hotel, a choir, a dog trainer, a notary; Kagoshima, Kyoto and
# Nagoya Japanese, Busan and Chungcheong Korean, Swiss, Saxon and Berlin
# German, Belgian and Acadian French, Canarian, Chilean and Colombian
# Spanish, Venetian and Milanese Italian, Angolan and Gaúcho Portuguese,
# Brabant and Surinamese Dutch, Bhojpuri and Delhi Hindi, Makassar and
# Sundanese Indonesian, Dongbei and Singaporean Chinese, Singaporean
# English), written after that: 51, 37, 71 on arrival (informal 85%,
# formal 82%, look-alikes 95%). After its families (hätte gern das Sie;
# Saachen Se bidde Sie zu mir; sois plus cool; puoi chiamarmi Giuli invece
# di Giulia; Gewoon mevrouw De Vries graag; хорош «выкать»; thoda izzat se
# baat kijiye; kêu tui là Út được rồi; Tolong lebih profesional; 别整那些
# "您"; no need 'Madam'): 60, 45, 71. A thirty-sixth (a plumber, a choir,
# a notary, a tailor, a bookshop, a vet; Kansai and Tsugaru Japanese,
# Jeolla Korean, Hamburg and Palatinate German, Réunion French, Cuban
# Spanish, Apulian Italian, Nordestino Portuguese, Twente Dutch, Don
# Russian, Awadhi Hindi, Minang Indonesian, Taiwanese Chinese, American
# Southern English), written after that: 55, 38, 67 on arrival (92%, 84%,
# 89%). After its families (「佐藤さん」って呼んでや; 「たっくん」はやめて;
# 말 놓으쇼잉; Lass ma das Sie weg; Restez professionnel; jijen en jouen;
# zeg mer gewoon u tegen mij; 'तुम' कहौ; baformal-formal; memakai 'Anda',
# bukan 'kamu') and three look-alikes it showed (an offer taken back with
# aliás, não or а не, хай будет; 還是用「你」就好？ closing an etiquette
# question): 60, 45, 70. A thirty-seventh (a gaming café, a ferry office,
# a blood donation centre, a phone repair shop; Kumamoto Japanese,
# Gyeongsang Korean, Swabian and Ruhr German, Ivorian French, Argentine
# Spanish, Sicilian Italian, Baiano Portuguese, Limburg Dutch, Odessa
# Russian, Bhojpuri Hindi, Betawi Indonesian, Beijing Chinese, Irish
# English), written after all of that and kept as it arrived, the honest
# figure: 54, 39, 69 (informal 90%, formal 87%, look-alikes 92%). One miss
# was a bug, fixed since: an offer taken back with não, deixa stood. After
# its families (もっと気楽にいこうよ; 존댓말 좀 빼줄래?; 존댓말 써. as a
# sentence of its own, not 우리 엄마는 나한테 항상 존댓말 써.; Sie bitte,
# gell?; Parle-moi cool; Chega de 'querida'; zeg mer 'u'; Hamse aap kah ke
# baat kara; 别老"先生"的; chat like mates): 60, 45, 70. A thirty-eighth
# (a wine bar, a scout group, a solar installer, a translation agency, a
# karaoke bar, a parking office; Hiroshima Japanese, Daegu Korean,
# Viennese German, Cameroonian French, Venezuelan Spanish, Sardinian
# Italian, Mineiro Portuguese, Groningen Dutch, Ukrainian-flavoured
# Russian, Bihari Hindi, Huế Vietnamese, Medan Indonesian, Sichuan
# Chinese, Nigerian English), written after all of that and kept as it
# arrived, the honest figure: 57, 38, 68 (informal 95%, formal 84%,
# look-alikes 91%). Three of its misses were bugs, fixed since: a
# complaint to write (eine förmliche Beschwerde…, bitte in der Sie-Form)
# and an etiquette question (Kalau ngobrol sama mertua, lebih baik pakai
# 'Anda'…?) read as requests, and an offer taken back with ne, warte
# stood. After its families (タメ口でええけえ; Frau Dr. Wagner, wenn ich
# bitten darf; mantuviéramos un trato de usted; Usi il mio cognome; не
# выкай мне, and its mirror не тыкай мне; शर्मा जी कहिए; … và gọi tôi là
# ông Nam, not a report that someone did; a little more formal with me;
# Preferia que me tratasse com mais formalidade; cứ kêu tui là mi): 60, 45,
# 71. A thirty-ninth (a locksmith, an escape room, a chess club, a riding
# stable, a train, a print shop, a yoga studio, a sailing school, an
# antique shop, a butcher; Tosa and Sendai Japanese, Gangwon Korean,
# Bavarian and Cologne German, Québécois and Marseille French, Mexican and
# Andalusian Spanish, Roman and Neapolitan Italian, Carioca and Porto
# Portuguese, West Flemish and Amsterdam Dutch, St Petersburg Russian,
# Haryanvi and Bambaiya Hindi, Saigon Vietnamese, Javanese-flavoured and
# Jakarta Indonesian, Shanghai Mandarin, Isan Thai, Texan English),
# written after all of that and kept as it arrived, the honest figure: 52,
# 35, 73 (informal 87%, formal 78%, look-alikes 97%). Two of its misses
# were bugs, fixed since: wondering whether plain speech would do
# (それともタメ口でもいいのかな) read as an offer, and an offer taken back
# with पर नहीं, … वैसे ही ठीक है stood. After its families (ちゃんと敬語使え,
# not reported as 敬語を使えって言ってた; あだ名で呼ぶのはやめて; 존댓말로
# 해라; zum Du wechseln; sach doch einfach du; Seja profissional; Kappen
# met dat 'schatje'; Называйте меня Ольга Петровна; apun ko tu bol; xưng
# 'cậu tớ'; gọi 'chú' cho đàng hoàng; พูดให้มันดีๆ หน่อย; I'd prefer Ms.
# Hartley): 56, 45, 75. A fortieth (a beekeeper's stand, a funeral home, a
# pawn shop, a car wash, a running club, a furniture store; Okinawan and
# Hakata Japanese, Jeju Korean, Tyrolean and Hessian German, Brussels and
# Lyon French, Peruvian and Rioplatense Spanish, Tuscan and Bolognese
# Italian, Paulista and Lisbon Portuguese, Rotterdam and Antwerp Dutch,
# Siberian Russian, Lucknow Hindi, Hanoi Vietnamese, Surabaya and Bandung
# Indonesian, Hong Kong and Dongbei Mandarin, Southern Thai, Australian and
# Scottish English), written after all of that and kept as it arrived, the
# honest figure: 53, 35, 69 (informal 88%, formal 78%, look-alikes 92%).
# One miss was a bug, fixed since: an offer taken back with nhưng thôi, …
# như cũ đi stood. Four of its look-alikes are offers taken back in favour
# of the level in use, read on purpose as asking for it, and one is a
# joke told as dialogue (Анекдот: — Давайте перейдём на ты!…). Its
# misses became families after the forty-first arrived
# (ゆるーく話してくれていいさー; 下の名前で呼んでほしいな; 반말로 편허게 헙서;
# Etwas förmlicher bitte; Deja de decirme 'mi amor'; me puedes decir
# Pancho; pode me chamar só de Rafa; Não me chame de 'amigão'; Prefiro
# que a conversa seja mais formal; Iets zakelijker graag; Поменьше
# фамильярности; zara tehzeeb se baat farmaiye; Không thích bị gọi là
# 'cưng'; Mohon gunakan sapaan Bapak; can we just talk like normal people;
# Could we keep this a bit more professional): 60, 45, 70. A forty-first
# (a pottery studio, a bowling alley, a dry cleaner, a hearing clinic, a
# golf club, a summer camp, a tyre shop, a flower market, a music school,
# a ferry company; Kyoto and Tohoku Japanese, Busan and Jeolla Korean,
# Munich and Swiss German, Québec and Marseille French, Mexican and
# Andalusian Spanish, Roman and Sicilian Italian, Carioca and Porto
# Portuguese, Amsterdam and Limburg Dutch, Moscow youth slang and Odessa
# Russian, Bihari and Bambaiya Hindi, Saigon Vietnamese, Betawi and Medan
# Indonesian, Taiwanese and Beijing Mandarin, Isan Thai, Irish and Texan
# English), written after all of that and kept as it arrived, the honest
# figure: 53, 37, 65 (informal 88%, formal 82%, look-alikes 87%). Four
# misses were bugs, fixed since: Est-ce qu'on vouvoie son prof ? and on se
# tutoie elle et moi (about someone else), insiste en que lo tuteemos (tú
# to a third person) and xưng 'tao mày' với nhau (how others talk) read
# as requests. One formal row gained from the fortieth's families (Deja de
# decirme 'mi amor', por favor). Five of its look-alikes are offers taken
# back in favour of the level in use, read on purpose as asking for it.
# Its misses became families after the forty-second arrived (そない
# かしこまらんでええよ; 「ユキちゃん」とか呼ばないで; きちんとした言葉遣いで対応して
# もらえると; 반말 ㄴㄴ; dieses ewige 'Sie' klingt so steif; que me llamaras
# Dani nomás; basta col tu; un tono più alla mano; Geen 'schatje'
# alsjeblieft. Zakelijk blijven.; Называйте меня, пожалуйста, Игорь
# Петрович; मुझे बस रवि बोलो; gọi mình là 'bồ' cho thân; 甭跟我这儿客气了;
# อย่ามาเรียกว่า 'ที่รัก'): 60, 45, 69. A forty-second (a tyre shop, a pet
# groomer, a stationery shop, a planetarium, a bridal shop, a water
# utility, a kebab shop, a dance school, a campsite, a print kiosk; Osaka
# and Hiroshima Japanese, Daegu and Chungcheong Korean, Swabian and Berlin
# German, Liège and Alsatian French, Chilean and Canarian Spanish,
# Neapolitan and Venetian Italian, Bahian and Azorean Portuguese, Ghent
# and Groningen Dutch, St Petersburg and surzhyk Russian, Haryanvi and
# Delhi Hindi, Huế Vietnamese, Yogyakarta and Makassar Indonesian, Sichuan
# and Shanghai Mandarin, Chiang Mai Thai, Nigerian and Singaporean
# English), written after all of that and kept as it arrived, the honest
# figure: 45, 42, 70 (informal 75%, formal 93%, look-alikes 93%). Two
# misses were bugs, fixed since: banmal to customers (직원이 손님들한테 자꾸
# 반말해서) read as a request for 존댓말, and Dutch had no withdrawal for
# nee wacht. One informal row gained from the forty-first's families.
# Three of its look-alikes are offers taken back in favour of the level in
# use, read on purpose as asking for it. Its misses, mostly informal
# requests in dialect, became families after the forty-third arrived (말하지
# 말어유 … 편하게 해유; Mir kennad ons au duza; lass ma det Jesieze, sag
# eenfach du zu mir; Das 'Sie' fühlt sich echt komisch an; Ciameme Toni;
# essere chiamato Ing. Bassi; parliamo normale; deixe de senhor, me chame
# de Tonho; Sem intimidades.; Можешь мне не выкать; seedha tu bol; xưng hô
# thân mật với tui; jangan mi pake Bapak; 侬覅叫我先生了，叫我阿强好了;
# 说话太端着了; ขอแบบมืออาชีพ; no need so formal lah, call me Ah Boon can
# already): 60, 45, 72. A forty-third (a car dealership, a dance school,
# an ice rink, a computer shop, a coffee roaster, a kebab shop, a
# bike-sharing service, a dentist, a cooking school, a hostel; Nagoya and
# Kagoshima Japanese, Gangwon and older Busan Korean, Saxon and Viennese
# German, Swiss Romand and Toulouse French, paisa and Cuban Spanish,
# Milanese and Sardinian Italian, Mineiro and Angolan Portuguese,
# Surinamese and Utrecht Dutch, Belarusian-flavoured and Kazan Russian,
# Punjabi and Hyderabadi Hindi, Nghệ An Vietnamese, Manado and Palembang
# Indonesian, Singaporean and Tianjin Mandarin, Bangkok teen Thai,
# Jamaican and South African English), written after all of that and kept
# as it arrived, the honest figure: 51, 44, 71 (informal 85%, formal 98%,
# look-alikes 95%). It showed no bug: its four look-alike misses are
# offers taken back in favour of the level in use, read on purpose as
# asking for it. Informal requests in dialect are still its hardest (Sach
# eefach du zu mir, gloar?; Sog afoch du zu mir; mainu tu keh ke bulao;
# Kêu tau là Hùng; panggil kita Roni jo; jus call mi Dre). They became
# families after the forty-fourth arrived (with Herr Dr. Brandt, bitte.
# Nicht 'Kumpel'.; chiamami per nome; mag ook met je en jij hoor;
# เม้าท์กับเราแบบแก-ฉันได้เลย): 60, 45, 71. A forty-fourth (a toy shop, a
# tennis club, a shoe repair shop, a bus company, a trampoline park, a tea
# house, a bakery, a yoga studio, an electrician, a language school;
# Hiroshima and Tsugaru Japanese, Chungcheong and Jeju Korean, Swabian and
# Hamburg German, Brussels and Québécois French, Argentine and Canarian
# Spanish, Neapolitan and Venetian Italian, Carioca and Azorean
# Portuguese, Antwerp and Limburg Dutch, St Petersburg and Odessa Russian,
# Bhojpuri-flavoured and Bambaiya Hindi, Huế and Saigon teen Vietnamese,
# Betawi and Surabaya Indonesian, Taiwanese and Beijing Mandarin, Isan
# Thai, Scottish and Nigerian English), written after all of that and kept
# as it arrived, the honest figure: 53, 39, 68 (informal 88%, formal 87%,
# look-alikes 91%). Four misses were bugs, fixed since: a custom reported
# (Au club de tennis on se tutoie tous, c'est normal … ?) read as an offer
# of tu; offers taken back with 그냥 지금처럼 and để vậy đi; and passt
# schon, which confirmed a request (sach einfach du, passt schon) and was
# read as taking it back. Only aber passt schon takes one back now, so the
# twenty-third set's offer withdrawn in favour of beim Sie bleiben, passt
# schon. reads, on purpose, as asking for Sie (look-alikes 72 → 71). Four
# of its formal misses ask for a formal tone for replies going to the
# user's customers, which is close to a draft for a third person; three
# look-alike misses are offers taken back in favour of the level in use,
# and one an etiquette question whose opener follows a fronted phrase (Ke
# pelatih tenis sebaiknya pakai 'Anda' atau 'kamu' ya?). Its misses
# became families after the forty-fifth arrived (Frau Dr. Brandt reicht
# völlig; etwas förmlicher formulieren; bitte duzen; Niet 'schatje'
# noemen; Общайся более официально; tu bol apun ko; panggil aje Bang
# Rojali; 请保持正式、专业的语气; ขอแบบเพื่อนคุยกัน; no dey call me 'madam';
# keep the tone professional): 59, 45, 71. Left: Decime Pato (voseo: a
# name after decime is also a call, Decime Juan, ¿cuánto sale?). A
# forty-fifth (a public aquarium, a music shop, a backpacker hostel, a
# bike-sharing app, a barbershop, a vineyard tour, a florist, a gym, a
# plumber, a sushi bar; Kansai and Okinawan Japanese, Gyeongsang and
# Yanbian Korean, Munich and Cologne German, Marseille and Abidjan French,
# Chilean and chilango Spanish, Roman and Sicilian Italian, paulistano and
# Mozambican Portuguese, Brabant and Rotterdam Dutch, surzhyk and Siberian
# Russian, Haryanvi and Kolkata Hindi, Hanoi and Cần Thơ Vietnamese, Medan
# and Makassar Indonesian, Hong Kong and Dongbei Mandarin, Southern Thai,
# Irish and Indian English), written after all of that and kept as it
# arrived, the honest figure: 54, 40, 71 (informal 90%, formal 89%,
# look-alikes 95%). It showed no bug: its four look-alike misses are
# offers taken back in favour of the level in use, read on purpose as
# asking for it. One informal row gained from the forty-fourth's families
# (พูดเป็นทางการจังเลย … ขอแบบสบายๆ). Left: 呼び捨てやめて。佐藤さんって呼んで;
# 말 놓기오 (Yanbian); 말 좀 가려서 해. 존댓말로.; loss dat Sie (Kölsch);
# Dammi der tu, daje; je mag me gewoon Lotte noemen hoor; Ирина
# Викторовна, а не Ира; Pake "ko" saja sama saya; Yang sopan. Saya bukan
# teman Anda.; Mr. Hughes. Not "mate".
# They became families after the forty-sixth arrived: 60, 45, 71. A
# forty-sixth (an electrician, a cat café, a sushi bar, a self-storage
# company, a language school, a craft brewery, a pharmacy, a hotel, a car
# rental, a bookshop; Kyoto and Hakata Japanese, Jeolla and Seoul teen
# Korean, Berlin and Tyrolean German, joual and Alsatian French, Andalusian
# and Uruguayan Spanish, Florentine and Bolognese Italian, Recife and
# Lisbon Portuguese, Ghent and Amsterdam Dutch, Moscow youth and Odessa
# Russian, Bihari and Delhi Hindi, Hanoi teen and Huế Vietnamese, Semarang
# and Padang Indonesian, Sichuan and Shanghai Mandarin, Chiang Mai Thai,
# Australian and Singaporean English), written after all of that and kept
# as it arrived, the honest figure: 54, 42, 71 (informal 90%, formal 93%,
# look-alikes 95%). Four misses were bugs, fixed since: そない丁寧に話さんで
# もええよ (no need to be so polite) read as asking for polite speech; a
# notice for customers (공지문) not taken for a draft; an offer taken back
# with bon non read as the offer; and a friend's habit (मेरा दोस्त … आप
# कहकर बात करता है) read as the user's request. One look-alike left is an
# offer taken back in favour of the level in use, read on purpose as
# asking for it. Left: Das ganze 'Sie' fühlt sich so steif an, können wir
# nicht einfach du sagen?; tua mi net so vornehm siazn, sog oafach du;
# lâche le vous là, tutoie-moé; La prego di chiamarmi ingegner Rossi;
# Ik zou het op prijs stellen als u mij met mevrouw Jansen aanspreekt;
# Я вам не 'дружище'. На вы, пожалуйста.; mujhe bas Rinku bulao; ใช้
# 'เรา' 'แก' ก็ได้.
# They became families after the forty-seventh arrived: 60, 45, 74. A
# forty-seventh (a car park, a nail salon, a comic shop, a food truck, a
# printer-ink shop, an animal shelter, a post office, a dentist, a taxi
# app, a flower shop; Sendai and Kobe Japanese, Daejeon and older Jeju
# Korean, Franconian and Zurich German, Lyon and Dakar French, Lima and
# Caracas Spanish, Genoese and Calabrian Italian, Porto Alegre and Porto
# Portuguese, West Flemish and Groningen Dutch, Rostov and Petersburg
# Russian, Lucknowi and Rajasthani Hindi, Quảng Nam and Saigon
# Vietnamese, Bandung and Pontianak Indonesian, Fujian and Chongqing
# Mandarin, Isan and Bangkok office Thai, Welsh and Kenyan English),
# written after all of that and kept as it arrived, the honest figure:
# 51, 35, 70 (informal 85%, formal 78%, look-alikes 93%). One miss was a
# bug, fixed since: เรียกว่า 'คุณสมศรี' ก็พอ (คุณ and a name, which is
# polite) read as waiving คุณ, outvoting ใช้ภาษาทางการหน่อย before it.
# Its five look-alike misses are offers taken back in favour of the level
# in use, read on purpose as asking for it. Left: dialect and chat (그냥
# '지수야' 해 줘; Chönd Sie mi bitte sieze?; on peut se parler normal ?;
# Spreek mij mo gewoon aan mè 'ge'; Zeg mor u tegen mie; म्हारे सूं इतनो
# फॉर्मल मत बोलो सा; panggil aja aku 'Neng'; jangan panggel kamek 'bro';
# พูดกู-มึงกับเราก็ได้นะ) and tone asked for in other words (Gardons un
# ton professionnel; Прекратите мне тыкать.; Xưng hô cho chuẩn mực; Stop
# panggil saya 'beb'; 请你用'您'跟我讲; Kindly address me as Madam
# Wanjiru, not 'dear').
# They became families after the forty-eighth arrived: 60, 45, 70. A
# forty-eighth (a sauna and spa, a repair café, a piercing studio, a ski
# rental shop, a bakery café, a van hire company, a museum, a gym, a phone
# repair shop, a wedding planner; Kanazawa and Kumamoto Japanese, Ulsan
# and North Jeolla Korean, Hessian and Styrian German, Liège and
# Réunionese French, Córdoba and Puerto Rican Spanish, Bari and Friulian
# Italian, Salvador and Madeiran Portuguese, Twente and Limburg Dutch,
# Ural and Crimean Russian, Chhattisgarhi and Mumbai Hindi, Hải Phòng and
# Đà Nẵng Vietnamese, Betawi and Balinese Indonesian, Taiwanese and Harbin
# Mandarin, Hat Yai Thai, Scottish and Ghanaian English), written after
# all of that and kept as it arrived, the honest figure: 53, 40, 67
# (informal 88%, formal 89%, look-alikes 89%). Three misses were bugs,
# fixed since: an etiquette question (タメ口で話しても失礼じゃないかな？), a
# grandmother's habit in Kumamoto speech (敬語で話しよるとよ) and a text
# message for a friend (Écris-moi un petit texto …, genre on se tutoie)
# read as the user's requests. Its five look-alikes left are offers taken
# back in favour of the level in use, read on purpose as asking for it.
# Left: dialect (そぎゃん丁寧にせんでよかよ; Lassa pierdi il Lei, dami dal
# tu; zeg mar iej tegen mie; балакай со мной попроще, на ты; तैं कहिके
# गोठियाव; panggil tiang Gek Ayu saja nggih) and plain words (Du darfst
# ruhig locker mit mir reden; Unterlassen Sie das; No soy tu 'mi amor'.
# Señora Gutiérrez, gracias; Menos intimidade, ok?; Ik ben meneer De
# Vries voor u, niet 'Henk'; พูดจาให้มันดีๆ หน่อย ไม่ใช่เพื่อนเล่น).
# They became families after the forty-ninth arrived: 60, 45, 70. A
# forty-ninth (a cheese shop, a window cleaning firm, a thrift store, a dog
# walker, a kayak rental, a jeweller, a ferry booking desk, a municipal
# pool, a phone carrier, a student housing office, a concert ticket app, a
# garden centre; Hakata and Tohoku Japanese, Gyeongsang Korean, Bavarian
# and Swiss German, Quebec and Belgian French, Rioplatense, Chilean and
# Andalusian Spanish, Neapolitan and Venetian Italian, Brazilian and
# European Portuguese, Flemish and Brabant Dutch, surzhyk, Bhojpuri and
# Marwari Hindi, Southern and Central Vietnamese, Javanese and Sundanese
# Indonesian, Taiwanese and Cantonese Mandarin, Isan and Northern Thai,
# Scottish, Irish and Indian English), written after all of that and kept
# as it arrived, the honest figure: 49, 39, 72 (informal 82%, formal 87%,
# look-alikes 96%). One miss was a bug, fixed since: a likeness
# (พูดเป็นทางการเหมือนหนังสือราชการเลย, "you talk like an official letter")
# read as asking for formal speech, before the user asked for the opposite
# (สบายๆ ได้นะ). Its three look-alikes left are offers taken back in favour
# of the level in use, read on purpose as asking for it. Left: dialect and
# chat (Parlame comme a 'n amico, jamme!; Hedde gij nou echt da ge "u" moet
# zeggen? Doe mar gewoon, jong; อู้กันแบบเปื้อนก็ได้; Och, nae need fur aw
# the "Dear Sir" stuff; no need of all this "sir-madam" business yaar) and
# plain words (kannst mich einfach Tim nennen und duzen; Con i clienti usate
# il Lei; Sou cliente, não seu amigo; Spreek mij gewoon met "u" aan; говори
# со мной как с другом; मुझे राहुल बुला लो; nói với mình kiểu bạn bè nha;
# "지민아"라고 부르지 마세요; « ma belle » ? Je souhaite un ton plus
# professionnel; मुझे "स्वीटी" मत कहिए; Call me Siobhán, sure we're grand).
# They became families after the fiftieth arrived: 60, 45, 72. A fiftieth
# (a flea market, a hot-air balloon company, an allotment association, an
# indoor playground, a furniture assembly service, a bike courier, a bank,
# a car-sharing app, a sports club, a hairdresser, a library, a vet; Osaka
# and Hiroshima Japanese, Busan and Jeju Korean, Saxon and Viennese German,
# Marseille and Swiss French, Mexican, paisa and Canarian Spanish, Roman
# and Sicilian Italian, Carioca and Azorean Portuguese, Limburg and Antwerp
# Dutch, Siberian Russian, Haryanvi and Hyderabadi Hindi, Hanoi and Mekong
# Vietnamese, Medan and Surabaya Indonesian, Beijing and Singapore
# Mandarin, Southern and Bangkok teen Thai, Australian, South African and
# Nigerian English), written after all of that and kept as it arrived, the
# honest figure: 53, 40, 69 (informal 88%, formal 89%, look-alikes 92%).
# It showed no bug: its six look-alike misses are offers taken back in
# favour of the level in use, read on purpose as asking for it. Left:
# dialect and chat (반말허멍 편하게 헙서; zèg mer gewoon 'doe' tege mich;
# Panggil Cak Budi aja, santai kayak konco; just chat to me lekker casual,
# like a chommie; 丁寧すぎて肩こるわ… もっとゆるくていいよ; 친구처럼 말해봐;
# Red einfach normal mit mir) and plain words (정중하게 존댓말로 응대
# 부탁드립니다; wir sind keine Kumpels. Bleiben Sie bitte beim Sie; Merci de
# rester au vouvoiement; Ne m'appelez pas « ma belle »; 请不要用这么随便的口气).
# They became families after the fifty-first arrived: 60, 45, 69. A
# fifty-first (a recycling centre, a boat tour operator, a pet food shop, a
# surf school, a wedding photographer, a farm shop, an insurance hotline, a
# coworking space, a theatre box office, a dentist, a tyre shop, a language
# tutor; Nagoya and Okinawan Japanese, Daegu and Chungcheong Korean, Swabian
# and Low German, Alsatian and Acadian French, Peruvian, Cuban and Galician
# Spanish, Tuscan and Milanese Italian, Mineiro and Alentejo Portuguese,
# West Flemish and Amsterdam Dutch, Kazan and Odessa Russian, Punjabi and
# Awadhi Hindi, Saigon teen and Nghệ An Vietnamese, Makassar and Yogyakarta
# Indonesian, Sichuan and Northeastern Mandarin, Isan and Phuket Thai,
# Welsh, Jamaican and Singaporean English), written after all of that and
# kept as it arrived, the honest figure: 46, 39, 70 (informal 77%, formal
# 87%, look-alikes 93%). All five look-alike misses were bugs, fixed since:
# what the user did (うっかりタメ口で話しちゃった), a thank-you text for a
# dentist (감사 문자), two offers taken back without naming a level (mejor
# lo dejamos como está; Ach nee, laat maar zo) and a teacher's forms with
# her pupils (xưng 'tao mày' với học trò). The fiftieth's families read one
# more request of each kind: 47, 40, 75. Left: dialect and chat (on se dit
# tu, hopla; Parlami come parleresti a un amico al bar; Fala comigo que nem
# gente, mano; praat gewoon met me als een maat; we zyn ier oender ons;
# हमसे तुम-ताम में बतियाओ; thoải mái chút đi bạn ơi; Cứ xưng tau với mi;
# Santai mi saja, panggil sa Ancu; 唠嗑就完了呗，叫我老铁; 随意点嘛;
# ชิลๆ หน่อยดิ; Red doch einfach normal mit mir, wie ein Kumpel) and plain
# words (제 이름 막 부르지 마세요; Graag gewoon meneer Jansen; कृपया 'मिस्टर
# वर्मा' कहें; 请保持正式的称呼; ขอความกรุณาใช้ภาษาทางการค่ะ).
# They became families after the fifty-second arrived: 60, 45, 75. A
# fifty-second (a chimney sweep, a scuba diving school, a pizzeria, a
# car-sharing app, a night market stall, a children's party entertainer, a
# bank's chat assistant, a gym, a museum guide, a cinema, a hotel concierge,
# a pharmacy; Hiroshima and Tohoku Japanese, Jeolla and Gyeongsang Korean,
# Bavarian and Berlin German, Belgian and Marseille French, Chilean,
# Colombian and Andalusian Spanish, Roman and Neapolitan Italian, Carioca,
# Nordestino and Porto Portuguese, Limburg and Rotterdam Dutch, St
# Petersburg and Siberian Russian, Bhojpuri and Mumbai Hindi, Hue and Mekong
# Vietnamese, Medan and Surabaya Indonesian, Shanghai and Cantonese
# Mandarin, Chiang Mai and Bangkok teen Thai, Scottish, Nigerian and Indian
# English), written after all of that and kept as it arrived, the honest
# figure: 45, 37, 72 (informal 75%, formal 82%, look-alikes 96%). It showed
# no bug: its three look-alike misses are offers taken back in favour of
# the level in use, read on purpose as asking for it. The fifty-first's
# families read one more request: 46, 37, 72. Left: dialect and chat
# (もっとゆるくでいいよ; wie Kumpels quatschen; parle normal stp, genre comme
# un pote; déjate ya de tanto «usted»; Parlame comme a n'amico; praat gewoon
# chill tegen me; говори со мной нормально, как с другом; अपुन से सीधा तू
# बोल; थोड़ा चिल करो, दोस्त की तरह बोलो ना; nói chuyện xuề xoà chút đi;
# ngobrol santuy aja kayak temen; 像哥们儿一样聊就行; คุยแบบแก-ชั้นได้เลย;
# Jist talk tae me like a normal person) and plain words (그런 호칭 쓰지
# 말고 예의 있게 말씀해 주세요; Évitez de m'appeler « ma belle »; Trate de
# usted, por favor; Le pido un trato más profesional; La prego di non
# chiamarmi per nome; mantenha um tom formal comigo; Spreek mij graag
# beleefd aan; 请注意用语，别用这种嘻嘻哈哈的口气).
# They became families after the fifty-third arrived: 60, 45, 72. A
# fifty-third (a fish market, an opera house, a motorbike rental, a carpet
# cleaner, a funfair, a ramen shop, a tax office chatbot, a ski school, a
# wine shop, a train ticket app, a hospital reception, a phone shop; Kyoto
# and Kagoshima Japanese, Incheon and Gangwon Korean, Swiss and Cologne
# German, Quebec and Réunion French, Argentine, Venezuelan and Canarian
# Spanish, Venetian and Sardinian Italian, Gaúcho, Bahian and Lisbon
# Portuguese, Groningen and Antwerp Dutch, Moscow slang and surzhyk,
# Haryanvi and Marwari Hindi, Hanoi and Saigon Vietnamese, Betawi and
# Balinese Indonesian, Taiwanese and Beijing Mandarin, Southern and Isan
# Thai, Irish, Australian and South African English), written after all of
# that and kept as it arrived, the honest figure: 49, 40, 70 (informal 82%,
# formal 89%, look-alikes 93%). One miss was a bug, fixed since: an offer
# taken back in the usted form (Puede tutearme... no, mejor déjelo como
# está) read as asking for tú. Its four look-alikes left are offers taken
# back in favour of the level in use, read on purpose as asking for it. The
# fifty-second's families read two more requests: 51, 40, 71. Left:
# dialect and chat (タメ口でよかよ; 고마 편하게 말 놓드래요; llámame así y
# olvídate del 'estimado cliente'; parliamo da amici; pode falar comigo na
# moral; Gewoon 'je' is prima; 'श्रीमान जी' वाला अंदाज़ छोड़ो; panggil aye
# Bang Udin aje; call me Seán like everyone else) and plain words (품위
# 있게 말씀해 주시겠어요; fale comigo com respeito; कृपया शिष्टता से बात
# करें; Đề nghị xưng hô 'anh/chị' đàng hoàng; tolong jaga etika bicara).
# They became families after the fifty-fourth arrived: 60, 45, 71. A
# fifty-fourth (a parcel locker service, a sports bar, a Christmas market
# stall, a language learning app, a bus tour company, a hotel breakfast
# room, a notary, a car wash, a nail salon, a bakery, an airline's chat, a
# university admissions office; Osaka and Tsugaru Japanese, Busan and Jeju
# Korean, Saxon and Austrian German, Swiss and Belgian French, Mexican,
# Rioplatense and Andalusian Spanish, Sicilian and Roman Italian, Paulista,
# Azorean and Angolan Portuguese, Brabant and Surinamese Dutch, St
# Petersburg and Belarusian Russian, Bihari and Hyderabadi Hindi, Hue and
# Saigon Vietnamese, Javanese and Sundanese Indonesian, Hong Kong and
# Sichuan Mandarin, Northern and Bangkok Thai, Glaswegian, Nigerian and
# Singlish English), written after all of that and kept as it arrived, the
# honest figure: 49, 40, 70 (informal 82%, formal 89%, look-alikes 93%).
# One miss was a bug, fixed since: an offer taken back without naming a
# level (… เอ้ย ไม่เป็นไร แบบนี้แหละดีแล้ว) read as asking for casual speech.
# Its four look-alikes left are offers taken back in favour of the level in
# use, read on purpose as asking for it: 49, 40, 71. Left: dialect and chat
# (존댓말 허지 말앙 편하게 골으라게; red normal mit mir; Parlame normale,
# come 'n amico; puoi smettere con tutti questi 'gentile cliente'; fala
# comigo assim na boa; можешь меня просто Саней звать; तुम मुझे रवि बुला
# सकते हो; xưng 'mình' với 'bạn' thôi; 叫我阿明就OK; พูดกูมึงยังได้เลย;
# ใช้ 'เรา' กับ 'เธอ' ก็พอ) and plain words (반말 좀 그만하시죠; Ich bitte
# Sie, mich zu siezen; Monsieur Lambert, et le vouvoiement, merci;
# Прекратите фамильярничать; พูดจาให้มันสุภาพหน่อย). They became
# families after the fifty-fifth arrived: 60, 45, 71. A fifty-fifth (a pest
# control company, a camper van rental, a hardware store, a bird-watching
# tour, a cruise line, a mountain hut, a tax office, a dentist, a streaming
# service, a florist, a gym, a train operator; regional varieties and
# dialects as before), written after all of that and kept as it arrived:
# 55, 36, 69 (informal 92%, formal 80%, look-alikes 92%). Three misses were
# bugs, fixed since: a report of what someone else does read as the user's
# request (A minha dentista trata-me por tu; Nha sĩ của tôi cứ gọi tôi là
# 'em'), and an offer taken back in "actually, no" with its comma; 55, 36,
# 72. Its three look-alikes left: a question whether staff should speak
# keigo (敬語で話すべき？), and offers taken back in favour of the level in
# use (restons au vous; आप ही ठीक है), read on purpose as asking for it.
# Left: wishes in other words (体育会系のノリでガンガン来てよ; 형처럼 말해 줘;
# pas besoin de me vouvoyer; Praat maar gewoon alsof we vrienden zijn;
# Cứ xưng hô thân mật như bạn bè đi) and curt demands for distance
# (言葉遣いを改めてください; Ich bitte doch um etwas Professionalität;
# soyez un peu plus professionnel; Exijo ser tratado por 'o senhor'; Ik
# wil graag met 'u' worden aangesproken; Прошу обращаться на «вы»; 'आप'
# से संबोधित करें; Speak to me properly). They became families after the
# fifty-sixth arrived: 59, 45, 72; left, pas besoin de me vouvoyer in a
# sentence that says "pour une histoire de punaises de lit" ("a matter
# of"), whose histoire is a draft word ("a story to write"). A fifty-sixth
# (a sewing shop, a cable car, a fruit-picking farm, a laser tag arena, a
# vending machine operator, a spice shop, an insurance broker, a vet, a
# ride-hailing app, a museum shop, a ferry company, a kindergarten;
# regional varieties and dialects as before), written after all of that
# and kept as it arrived: 53, 38, 71 (informal 88%, formal 84%,
# look-alikes 95%). Four misses were bugs, fixed since: what a ferry
# worker keeps calling the user (Anh nhân viên phà cứ gọi tôi là 'em')
# read as a request, as after any subject but a pronoun, so that a
# Vietnamese "call me" now counts only where it opens a clause or follows
# the listener; "by that name" after a title (उसी नाम से बुलाइए) read as
# asking for the first name; an offer taken back in "mejor seguimos así";
# and a thank-you note to write (감사 인사) read as the user's own
# request: 53, 39, 74. Its look-alike left is an offer taken back in
# favour of the level in use (lassen wir es lieber beim Sie), read on
# purpose as asking for it. Left: dialect and chat (sache eefach du zu
# mir, gelle; Des Sie kannst da sparen; scrivimi come a un amico;
# 莫那么正式嘛，跟我摆龙门阵; คุยแบบกูมึงก็ได้; เลิกเรียก 'ท่านลูกค้า'
# ได้แล้ว; talk to me like your padi abeg) and curt demands for distance
# (ちゃん付けで呼ぶな; Bitte wieder Sie; Monsieur Lefèvre, s'il vous plaît;
# Meneer Van Dijk, graag; Een beetje afstand graag; 请注意用词). They
# became families after the fifty-seventh arrived: 60, 45, 74. A
# fifty-seventh (a tool rental shop, a boxing gym, a snow clearing
# service, a waxing salon, a tram operator, a concert venue, a bank, a
# hospital, a food delivery app, a bookshop, a driving school, a city
# council; regional varieties and dialects as before), written after all
# of that and kept as it arrived: 58, 40, 71 (informal 97%, formal 89%,
# look-alikes 95%); one more formal request (Bitte wieder zurück zum Sie)
# reads since, by the fifty-sixth's families: 58, 41, 71. It showed no
# bug: its four look-alikes left are offers taken back in favour of the
# level in use (lassen wir es lieber beim Sie; restons au vous; mejor
# sigamos de usted; 'आप' ही ठीक है), read on purpose as asking for it.
# Left: red mal wie ein normaler Mensch mit mir; Ça joue si tu me tutoies
# (Swiss: it's fine if you say tu); Merci de ne pas m'appeler
# « ma belle »; un po' di professionalità per favore; wat meer respect
# graag; Будьте любезны на «вы». They became families after the
# fifty-eighth arrived: 60, 45, 71. A fifty-eighth (a roofer, a ballet
# school, a food bank, a pool hall, an airport lounge, a garden centre, a
# pension fund, an optician, a car-sharing app, a stationery shop, a ski
# school, a town hall; regional varieties and dialects as before), written
# after all of that and kept as it arrived: 51, 43, 72 (informal 85%,
# formal 96%, look-alikes 96%). One miss was a bug, fixed since: what a
# roofer said to the user (मिस्त्री ने मुझे सीधे 'तू' बोल दिया) read as the
# user's request: 51, 43, 73. Its look-alikes left are offers taken back
# in favour of the level in use (restons au vous; mejor sigamos de
# usted), read on purpose as asking for it. Left: dialect and chat (もっと
# ゆるくいこうぜ; Jeju 편하게 골아도 되어마씸; Sicilian parrami comu a 'n
# amicu; Flemish zeg gewoon gij; praat als een vriend; दोस्त जैसा बात
# करो ना; मुझे बस 'पिंकी' बुला सकते हो; 叫我'小鱼'，不用'女士'长'女士'短的),
# a norm extended to the bot (tout le monde me tutoie ici, toi aussi
# vas-y) and polite demands for distance (言葉遣いに直しなさい; 반말은 삼가
# 주시면 감사하겠습니다). They became families after the fifty-ninth
# arrived, with an emoji now ending a sentence where a full stop would (je
# klinkt als een brief 😂 praat als een vriend: the letter is a comparison,
# not a text to write): 60, 45, 73. A fifty-ninth (a paintball field, a
# juice bar, an upholsterer, a costume rental, a bingo hall, a watch
# repairer, a tax office, a maternity ward, a bike-sharing app, a bakery
# chain, a driving school, a hotel spa; Hiroshima and Nagoya Japanese,
# Daegu and Gyeonggi Korean, Bavarian and Berlin German, Quebec and
# Marseille French, Chilean, Colombian and Canarian Spanish, Neapolitan and
# Venetian Italian, Carioca, Minho and Mozambican Portuguese, Limburg and
# Antwerp Dutch, Moscow and Odessa Russian, Mumbai and Lucknow Hindi, Hanoi
# and Mekong Vietnamese, Betawi and Medan Indonesian, Beijing and Taiwanese
# Mandarin, Isan and Southern Thai, Scouse, Indian and Australian English),
# written after all of that and kept as it arrived: 50, 41, 68 (informal
# 83%, formal 91%, look-alikes 91%). One miss was a bug, fixed since: what
# a midwife called the user («мамочка» и на «ты») read as the user's
# request: 50, 41, 69. Its look-alikes left are offers taken back in favour
# of the level in use (bleiben wir lieber beim Sie; restons au vous; mejor
# sigamos de usted; restiamo sul Lei; давайте всё-таки на «вы»; 'आप' ही
# ठीक है), read on purpose as asking for it. Left: dialect and chat
# (Quatsch ma normal mit mir, wie mit'm Kumpel; Geht's auch lockerer?;
# relájese con tanto 'señor Rodríguez', dígame Juancho; zeg gewoon gij en
# Jens; cứ kêu tui là Út, nói như người nhà đi; Cakap biasa ajalah sama
# aku, macam kawan; Santai aja bro, ngobrol biasa; 轻松点说话嘛; Isan เว้า
# ซื่อๆ กะได้เด้อ; พูดสบายๆ ก็ได้) and demands for distance (Pour vous, ce
# sera Madame Lefèvre, pas « ma belle »; Merci d'employer le vouvoiement;
# Un poco de respeto y de usted; Graag 'u' en een zakelijke toon). They
# became families after the sixtieth arrived: 60, 45, 69. A sixtieth (a
# go-kart track, a chocolatier, a sign maker, a mini golf course, a shoe
# shop, a picture framer, a passport office, a physiotherapist, a parking
# app, a supermarket chain, a university library, a wedding venue; Kyoto
# and Hakata Japanese, Jeolla and Gangwon Korean, Swabian and Viennese
# German, Belgian and Lyon French, Argentine, Peruvian and Cuban Spanish,
# Milanese and Tuscan Italian, Gaúcho, Lisbon and Cape Verdean Portuguese,
# Rotterdam and Groningen Dutch, Siberian and Kazakh Russian, Rajasthani
# and Delhi Hindi, Hue and Da Nang Vietnamese, Surabaya and Bandung
# Indonesian, Shanghai and Dongbei Mandarin, Chiang Mai and Bangkok Thai,
# Geordie, Irish and South African English), written after all of that
# and kept as it arrived: 54, 45, 69 (informal 90%, formal 100%,
# look-alikes 92%). One miss was a bug, fixed since: a text message to
# write named by its purpose (보낼 교환 요청 문자 좀 정중한 존댓말로 써 줘)
# read as the user's own request: 54, 45, 70. Its look-alikes left are
# offers taken back in favour of the level in use (restons sur le vous;
# mejor sigamos de usted; restiamo sul Lei; 'आप' ही ठीक है; tetap pakai
# 'Anda' saja), read on purpose as asking for it. Left: dialect and chat
# (Kyoto もう敬語はええのんよ。もっと気安うしゃべっとくれやす; Jeolla 그냥
# 편하게 반말 해불어잉; arrête donc de me vouvoyer; fala comigo como se
# fosse um amigo; ये आप-वाप छोड़ यार, मुझे तुम बोल; Shanghai 弗要“您您您”了，
# 随便一点好了). They became families after the sixty-first arrived: 60,
# 45, 70. A sixty-first (a bicycle shop, a hat shop, a puppet theatre, a
# key cutter, an organic market, swimming lessons and more; dialects again
# from every locale), written after all of that and kept as it arrived:
# 50, 38, 73 (informal 83%, formal 84%, look-alikes 97%). Two misses were
# bugs, fixed since: what someone else does to the user (管理人さんが俺に
# タメ口で話してくる) read as the user's offer, and an objection to tu
# (Ma come ti permetti di darmi del tu?) read as an offer of it; the
# sixtieth's families caught one more (fala comigo como se fosse um
# amigo): 51, 38, 74. Its look-alike left is an offer taken back in
# favour of the level in use (lassen wir es lieber beim Sie), read on
# purpose as asking for it. Left: dialect and chat (Kölsch Dat 'Sie'
# kannste bei mir stecke lasse; Bavarian red mi oanfach mit du an; Etwas
# lockerer bitte; Tu peux me tutoyer, hein, on va pas se vouvoyer pour
# une histoire de vélo, where a matter reads as a story to write; que me puedes tratar de tú;
# Praat eens gewoon tegen me, als een maat; सीधा 'तू' बोलो; その「でござい
# ます」ってやつ、もうちょい崩してくんない; 그냥 민지라고 불러주시면 안 돼요)
# and demands for distance (田中様でお願いします; Wir haben nicht zusammen
# Schweine gehütet. Siezen, bitte; use 'o senhor' comigo; 'U' graag;
# Tolong bicara lebih formal; 请您说话庄重一些). They became families
# after the sixty-second arrived, with two bugs the families showed (a
# draft word inside a longer Devanagari word: मेल in फॉर्मेलिटी; ob wir siezen
# oder duzen read as an offer of du): 60, 45, 74. A sixty-second (a medical
# laboratory, a coding bootcamp, a glazier, a water park, a camera shop, a
# craft fair, a consulate, a courier, a gym chain, a bank chatbot, a
# ride-hailing app, a vet; Hiroshima and Nagoya Japanese, Jeju Korean,
# Swabian and Viennese German, Belgian and Marseille French, Chilean,
# Colombian and Andalusian Spanish, Neapolitan and Milanese Italian,
# Carioca, Gaúcho and Lisbon Portuguese, Limburg and Rotterdam Dutch,
# Siberian Russian, Awadhi Hindi, Surabaya Indonesian, Scouse English),
# written after all of that and kept as it arrived: 54, 40, 73 (informal
# 90%, formal 89%, look-alikes 97%). Its look-alikes left are offers taken
# back in favour of the level in use (давайте всё-таки на «вы»; tetap pakai
# 'Anda' saja), read on purpose as asking for it. Left: dialect and chat
# (Jeju 반말 합서; Siberian Айда по-простому, на «ты»; Awadhi 'तुम' कहिके
# बतियाओ; Surabaya ngomong santai ae karo aku; Basta con 'gentile cliente'
# ... parla normale; Scouse talk to us like a normal person) and demands for
# distance (예의 좀 갖춰서 말해; Ihre lockeren Sprüche können Sie sich sparen;
# Fala direito comigo, com respeito; Houd het zakelijk en beleefd, graag;
# Разговаривай вежливо и на «вы»). They became families after the
# sixty-third arrived: 60, 45, 73. A sixty-third (an art gallery, a cake
# shop, a car inspection centre, an archery range, an e-scooter app, a
# marina, a tax office, a mobile carrier, a hospital ward, a rental agency,
# a language app, a bakery chain; Osaka and Tosa Japanese, Busan and Daegu
# Korean, Saxon and Berlin German, Quebec and Swiss French, Argentine,
# Mexican and Canarian Spanish, Sicilian and Venetian Italian, Mineiro,
# Baiano and Azorean Portuguese, Flemish and Amsterdam Dutch, Odessa and
# Volga Russian, Bihari and Mumbai Hindi, Hanoi and Saigon Vietnamese,
# Betawi and Manado Indonesian, Taiwanese and Sichuan Mandarin, Isan and
# Phuket Thai, Glaswegian, Indian and Singaporean English), written after
# all of that and kept as it arrived: 54, 44, 73 (informal 90%, formal 98%,
# look-alikes 97%). No miss was a bug. Its look-alikes left are offers
# taken back in favour of the level in use (lassen Sie uns doch lieber beim
# Sie bleiben; mejor sigamos de usted), read on purpose as asking for it.
# Left: dialect and chat (Tosa わしにはタメ口でかまんぜよ; もっとゆるくしゃべって;
# praat gewoon als een vriend tegen me; kêu tui là anh Tư được rồi; Manado
# Bicara biasa jo; Glaswegian talk tae us like a normal person) and a
# demand for distance (Más respeto y más formalidad, ¿vale?). They became
# families after the sixty-fourth arrived: 60, 45, 73. A sixty-fourth (a
# bridge club, a T-shirt printer, a plant nursery, an observatory, a car
# audio installer, a flower subscription, a passport office, an
# electricity supplier, a maternity ward, a removals firm, a food delivery
# app, a hairdresser chain; Kagoshima and Tsugaru Japanese, Gangwon and
# Chungcheong Korean, Hessian and Low German, Alsatian and Toulouse French,
# Peruvian, Cuban and Galician Spanish, Florentine and Sardinian Italian,
# Paulista, Pernambucano and Madeiran Portuguese, Brabant and Frisian
# Dutch, Moscow and Rostov Russian, Marwari and Lucknow Hindi, Hai Phong
# and Can Tho Vietnamese, Javanese and Balinese Indonesian, Hong Kong and
# Shandong Mandarin, Khon Kaen and Hat Yai Thai, Welsh, Ghanaian and New
# Zealand English), written after all of that and kept as it arrived: 55,
# 41, 72 (informal 92%, formal 91%, look-alikes 96%). One miss was a bug,
# fixed since: what someone else kept doing (Il tecnico continuava a darmi
# del tu) read as the user's offer: 55, 41, 73. Its look-alikes left are
# offers taken back in favour of the level in use (지금처럼 존댓말로 해
# 주세요; restons au vous), read on purpose as asking for it. Left: chat
# and dialect (そんな堅苦しくしなくていいってば, 友達と話すノリでいこ; '민지'라고
# 불러 주셔도 돼요; Schreib mir einfach wie ein Kumpel, ja?; gewoon jij en
# jou is prima; Можешь звать меня просто Димон) and demands for distance
# (손님한테는 존댓말 쓰는 게 맞는 거 아녀유?; Bitte lassen Sie das 'Hey
# Lisa!'; Mevrouw Jansen volstaat; Drop the 'hey buddy' stuff and speak to
# me properly). They became families after the sixty-fifth arrived: 60,
# 45, 73 (the 아녀유? of a question tag no longer reads as a withdrawal). A
# sixty-fifth (a stamp dealer, a pool service, a tile shop, a night bus
# company, a yarn shop, a drone photographer, a dentist, a phone carrier, an
# admissions office, a car insurer, a holiday cottage, a loyalty app;
# Hiroshima and Nagoya Japanese, Jeolla and Jeju Korean, Bavarian and Saxon
# German, Belgian and Marseille French, Chilean, Venezuelan and Andalusian
# Spanish, Roman and Neapolitan Italian, Carioca, Gaúcho and Azorean
# Portuguese, Limburg and Amsterdam Dutch, St Petersburg and Siberian
# Russian, Bhojpuri and Mumbai Hindi, Hue and Saigon Vietnamese, Sundanese
# and Betawi Indonesian, Sichuan and Taiwanese Mandarin, Chiang Mai and
# Isan Thai, Scottish, Nigerian and Singaporean English), written after all
# of that, read 49, 39, 71 on arrival (informal 82%, formal 87%, look-alikes
# 95%). One miss was a bug, fixed since: a complaint (Pourquoi vous me
# tutoyez ?) read as an offer of tu. Its other misses, dialect and chat
# (「タク」って呼んでくれりゃいいから; 좀 친근하게 말해 주면 안 돼?; tu me parles
# normal; parlamme comm'a n'amico; बिंदास बात कर; xưng "tớ" với "cậu";
# ngobrol biasa wae; เว้ากันแบบหมู่กันเลย) and demands for distance (友達みたいな
# 口の利き方はやめて; 김민수 고객님이라고 해 주세요; mit "Frau Dr. Keller"
# ansprechen; « Madame Lefèvre », ce sera très bien; mantengamos las
# formas), became families after the sixty-sixth arrived: 60, 45, 72. Its
# look-alikes left are offers taken back in favour of the level in use. A
# sixty-sixth (a fireworks shop, a piano tuner, a ski school, a hospital
# billing office, a vegan restaurant, a bike insurer, a wedding caterer, a
# library, a phone repair kiosk, a climbing gym, a parking office, a pet
# adoption charity; Okinawan and Sendai Japanese, Gyeongsang and Incheon
# Korean, Swabian and Viennese German, Lyon and Réunion French, Colombian,
# Argentine and Canarian Spanish, Milanese and Sicilian Italian, Mineiro,
# Baiano and Lisbon Portuguese, Antwerp and Groningen Dutch, Ural and Kazan
# Russian, Haryanvi and Delhi Hindi, Nghe An and Da Nang Vietnamese, Medan
# and Surabaya Indonesian, Beijing and Cantonese Mandarin, Lanna and
# Southern Thai, Irish, Jamaican and South African English), written after
# all of that, read 52, 43, 72 on arrival (informal 87%, formal 96%,
# look-alikes 96%). One miss was a bug, fixed since: a negated request (kau
# tak usah pakai "Anda-Anda") read as asking for Anda; it now asks nothing.
# Its look-alikes left are offers taken back in favour of the level in use
# (lassen wir's lieber beim Sie; mejor sigamos de usted; restiamo sul Lei).
# Its other misses (Schreib einfach locker; on peut faire plus détendu ?; Je
# mag gewoon je en jij zeggen hoor; doe maar gewoon relaxed; можно без всех
# этих «уважаемый клиент»?; Jamaican jus' reason wid mi like a fren;
# Southern Thai คุยกับหนุ่มแบบเพื่อนได้เลย; biar akrab kita; me habla de usted;
# 'बेटा' कहना बंद कीजिए) became families after the sixty-seventh arrived: 60,
# 45, 72. Reading lassen wir's … beim Sie as asking for Sie was tried and
# dropped: seven older look-alikes, offers taken back with ach nee, would
# have moved. A sixty-seventh (a bouncy castle hire firm, a sign language
# school, a vintage clothes shop, an aquarium fish shop, a house painter, a
# wedding DJ, a tax helpline, a gym desk, a furniture delivery, a train
# ticket app, a private clinic, a student housing office; Kyoto and Hakata
# Japanese, Chungcheong and Gyeongsang Korean, Cologne and Tyrolean German,
# Quebec and Swiss French, Mexican, Uruguayan and Murcian Spanish,
# Bolognese and Calabrian Italian, Paulista, Nordestino and Porto
# Portuguese, West Flemish and Utrecht Dutch, Novosibirsk and Krasnodar
# Russian, Rajasthani and Bihari Hindi, Hanoi and Mekong Delta Vietnamese,
# Javanese and Makassar Indonesian, Taiwanese and Northeastern Mandarin,
# Isan and Bangkok slang Thai, Australian, Indian and Caribbean English),
# written after all of that and kept as it arrived: 45, 43, 71 (informal
# 75%, formal 96%, look-alikes 95%). Two misses were bugs, fixed since:
# whether one should speak です・ます (「です・ます」で話すべきか) read as asking
# for it, and 要不要用"您" (should I use 您?) read as 不要 (don't): 45, 43,
# 73. Its misses, dialect and chat, most of them informal (Tyrolean Des
# Gsiez kannst da spar'n; Bolognese lascia perdere 'sto Lei; West Flemish
# ge moet gie toch nie zo deftig doen; Bihari 'जी-जी' काहे; Mekong nói
# chuyện xuề xòa với tui đi; Makassar anggap mi saya ini temanmu; 说话像个
# 客服机器人; Isan เว้าจั่งกับหมู่ได้เลย; คุยชิวๆ; Caribbean chat wid me like we
# good friends; Гутарь со мной по-простому) and demands for distance
# (Prefiro que se dirija a mim com mais formalidade; Noemt u mij
# alstublieft mevrouw De Vries), became families after the sixty-eighth
# arrived: 60, 45, 73. A sixty-eighth (a beach club, a guitar teacher, an
# allergy clinic, a bread delivery, a lawn mowing service, a board game
# cafe, a tourist office, a bank's fraud line, a hotel spa, a ticket
# seller, a driving licence office, a kitchen fitter; Osaka and Tohoku
# Japanese, Busan and Jeju Korean, Berlin and Swiss German, Belgian and
# Acadian French, Argentine, Peruvian and Canarian Spanish, Venetian and
# Sardinian Italian, Carioca, Mineiro and Alentejo Portuguese, Flemish and
# Rotterdam Dutch, Odessa and Volga Russian, Awadhi and Mumbai Hindi, Hue
# and Saigon Vietnamese, Betawi and Manado Indonesian, Taiwanese and
# Beijing Mandarin, Southern and Northern Thai, Irish, Kenyan and Scottish
# English), written after all of that and kept as it arrived: 58, 41, 73
# (informal 97%, formal 91%, look-alikes 97%). No miss was a bug. Its
# misses, offers taken back (あ、やっぱり … このままでお願いします; ah, deixa,
# melhor continuar como está), Jeju 반말로 골아줘도 됨수다, doe maar lekker
# informeel and demands for distance (その口調やめて敬語で; revenir au
# vouvoiement; me tratasse por 'o senhor'; … И на вы, пожалуйста), became
# families after the sixty-ninth arrived: 60, 45, 75. A sixty-ninth (a skate
# park, a piano tuner, a hiking club, a community radio, a model railway
# shop, a bubble tea shop, a pharmacy delivery app, a phone carrier, a
# museum audio guide, a car insurance line, a city hall desk, a wedding
# venue; Nagoya and Hiroshima Japanese, Daegu and Jeolla Korean, Bavarian
# and Hamburg German, Marseille and Swiss French, Chilean, Colombian and
# Andalusian Spanish, Neapolitan and Milanese Italian, Gaúcho, Baiano and
# Lisbon Portuguese, Limburg and Amsterdam Dutch, St Petersburg and Ural
# Russian, Bhojpuri and Hyderabadi Hindi, Nghệ An and Da Nang Vietnamese,
# Medan and Sundanese Indonesian, Sichuan and Shanghai Mandarin, Korat and
# Bangkok slang Thai, Nigerian, Singaporean and Welsh English), written
# after all of that and kept as it arrived: 53, 44, 75 (informal 88%,
# formal 98%, look-alikes 100%). No miss was a bug. Its misses, dialect and
# chat (Nghệ An nói chuyện mi tau cho thân đi; ngobrol lebih casual; Medan
# pakai aku-kau pun bisa; Shanghai '您'啊'先生'啊覅讲了; คุยแบบแก-ชั้น;
# Nigerian yarn with me like your guy; Singlish don't need so formal lah)
# and tolong yang profesional ya, became families after the seventieth
# arrived: 60, 45, 75. A seventieth (a climbing wall, a phone repair kiosk,
# a cooking school, a parking app, a pet insurance line, a ferry, a
# university admissions office, a furniture rental, a car wash, a ticket
# reseller, a home care agency, a hostel desk; Sendai and Kagoshima
# Japanese, Gyeonggi and Gangwon Korean, Swabian and Viennese German, Lyon
# and Quebec French, Cuban, Venezuelan and Galician Spanish, Roman and
# Sicilian Italian, Paraense, Pernambucano and Madeiran Portuguese, Brabant
# and Groningen Dutch, Rostov and Siberian Russian, Marwari and Bundeli
# Hindi, Hai Phong and Can Tho Vietnamese, Javanese and Palembang
# Indonesian, Cantonese-flavoured and Tianjin Mandarin, Southern and Isan
# Thai, Ghanaian, Malaysian and Geordie English), written after all of
# that and kept as it arrived: 50, 37, 67 (informal 83%, formal 82%,
# look-alikes 89%). Five misses were bugs, fixed since: a negation read as
# the request it negates (そんな丁寧にしゃべんなくていい; the Northeastern
# me chame de senhor não), a habit praised and a skill to teach read as
# asking for आप ('आप' कहकर बात करते हो; … बात करना सिखाना है), and a notice
# to draft (공지) not known as a draft: 51, 37, 70. Left: what the user keeps
# (du darfst mich weiter duzen; blijven tutoyeren; như nãy giờ; 지금처럼
# 존댓말; j'apprécie que vous me vouvoyiez), dialect (Groningen Proat mor
# gewoon tegen mie; Javanese ojo "Bapak" terus), and requests to go back
# to the formal form (Верните «вы», как было; quay lại xưng hô "quý
# khách"; 请恢复正式的称呼; go back to being formal like before). Its
# misses but what the user keeps became families after the seventy-first
# arrived: 60, 45, 70. A seventy-first (a pickleball court, a soap maker, a
# mushroom foraging tour, a photo booth hire, a cosplay convention, a sim
# racing centre, a dentist's line, a lost property office, a gym chat, an
# electricity supplier, a language school, a taxi app; Kanazawa and
# Okinawan Japanese, Chungcheong and Gyeongsang Korean, Saxon and
# Palatinate German, Alsatian and Toulouse French, Norteño, Paraguayan and
# Asturian Spanish, Genoese and Apulian Italian, Goiano, Capixaba and
# Azorean Portuguese, Zeeland and Twente Dutch, Kazan and Arkhangelsk
# Russian, Haryanvi and Chhattisgarhi Hindi, Quang Nam and Dong Thap
# Vietnamese, Surabaya and Padang Indonesian, Hakka and Wuhan Mandarin,
# Chiang Rai and Bangkok office Thai, South African, Filipino and Cockney
# English), written after all of that and kept as it arrived: 54, 35, 66
# (informal 90%, formal 78%, look-alikes 88%). Two misses were bugs, fixed
# since: notices to draft (告示, pengumuman) not known as drafts; with them
# and the seventieth's families, 55, 38, 68. Left: requests to go back to
# the formal form after offering the informal one (lieber wieder zurück
# zum Sie; volver al usted; voltar ao 'senhor'; вернёмся к «вы»; वापस 'आप'
# पर आ जाइए; xưng hô lịch sự lại như cũ; balik formal ae), what the user
# keeps (今の丁寧な話し方で大丈夫; 지금처럼 존댓말; weiter duzen), offers
# taken back (lascia così che va bene; เอ้ย ไม่เป็นไร แบบเดิมแหละ), a
# question about speaking to someone else (先生にタメ口で話してもいいですか),
# and dialect (Palatinate hör uff mit dem 'Sie'; Saxon sach doch eefach
# du; Chhattisgarhi 'तुम' बोल ना; Wuhan 莫一口一个'您'咯). Its misses became
# families after the seventy-second arrived, with requests.keeps (words that
# say the level in use should stay: wie bisher, 지금처럼, như nãy giờ; the
# seventieth's now read 60, 45, 74): 60, 45, 75. A seventy-second (an axe-throwing
# bar, a record shop, a student dormitory office, an amateur ice hockey
# league, a calligraphy class, a rooftop bar, a bank's chat, a hospital
# appointment line, a car insurance chat, a hotel concierge, a public
# library, a food delivery app; Hiroshima and Sendai Japanese, Jeolla and
# Jeju Korean, Swabian and Viennese German, Marseille and Belgian French,
# Andalusian, Chilean and Argentine Spanish, Roman and Sicilian Italian,
# Carioca, Gaúcho and Porto Portuguese, Limburg and Antwerp Dutch, Odessa
# and Siberian Russian, Bhojpuri and Mumbai Hindi, Huế and Saigon
# Vietnamese, Betawi and Javanese Indonesian, Taiwanese and Beijing
# Mandarin, Isan and Southern Thai, Scottish, Singaporean and Australian
# English), written after all of that and kept as it arrived: 53, 36, 73
# (informal 88%, formal 80%, look-alikes 97%); with the seventy-first's
# families, 53, 42, 74. Left: dialect (Sendai 友達みでぇにしゃべってけさいん;
# Limburg zèg mer gewoen «doe» tegen mich; Mumbai अपुन से तू में बात कर ना;
# Huế xưng hô thân mật chút đi nờ), complaints that name the form wanted
# (은행 챗봇이면 최소한 '~요'는 붙여야죠; pas besoin de tout ce « Monsieur »;
# jangan panggil 'Anda' … Casual aja), a pet name refused in Latin letters
# (मुझे 'bhai' मत बोलिए), a title asked for (Gọi 'chị' đàng hoàng giùm cái),
# and a complaint about usted read as asking for it (Es raro que un bot me
# hable de usted). Those but the last became families after the
# seventy-third arrived: 59, 45, 74. A seventy-third (a woodworking class, a dog park
# association, a houseplant shop, a circus school, a rowing club, a comedy
# club, a pharmacy chat, a city council helpline, a mobile operator, a
# furniture store, a wedding planner, a ride-hailing app; Kyoto and Hakata
# Japanese, Busan and Chungcheong Korean, Bavarian and Berlin German, Swiss
# and Quebec French, Mexico City, Rioplatense and Canarian Spanish,
# Neapolitan and Venetian Italian, Nordestino, Mineiro and Lisbon
# Portuguese, Brabant and Groningen Dutch, St Petersburg and Rostov
# Russian, Bihari and Rajasthani Hindi, Hanoi and Nghe An Vietnamese,
# Sundanese and Medan Indonesian, Sichuan and Shanghai Mandarin, Northern
# and Isan Thai, Irish, Indian and Nigerian English), written after all of
# that and kept as it arrived: 54, 40, 71 (informal 90%, formal 89%,
# look-alikes 95%). One miss was a bug, fixed since: a complaint to write
# for the city council (complaint likhni hai, 'aap' wali language mein)
# not known as a draft: 54, 40, 72. Left: speech to someone else, asked
# about (선생님이 저보다 어린데 반말해도 되나요?) or reported (… gọi mình là
# 'mày'), what the user keeps in an imperative (blijf maar gewoon jij
# zeggen), permission refused (Yo no le di permiso de tutearme), complaints
# about the form in use (Kok pakai 'lo-gue' sih?; आप इतनी formal language
# क्यों use कर रहे हो?; No hace falta tanto 'usted' conmigo), a title asked
# back (Volta a me chamar de Dona Célia; Wilt u mij weer met 'u'
# aanspreken?; я для вас Сергей Петрович), and dialect and new words for
# the informal level (Ge meugt gerust jij zeggen; Fala comigo mais de boa;
# Bei uns im Zirkus sagt jeder du – also gern auch hier). Those but speech
# to someone else became families after the seventy-fourth arrived: 60,
# 45, 73. A seventy-fourth (a vintage car club, an esports arena, a beach
# volleyball league, a farm stay, an evening class, a perfume shop, a tax
# office chat, a dental clinic, a courier, a hairdresser's app, a
# university admissions office, a hotel booking site; Nagoya and Kobe
# Japanese, Gangwon and Gyeonggi Korean, Hessian and Hamburg German, Lyon
# and Réunion French, Colombian, Peruvian and Cuban Spanish, Milanese and
# Tuscan Italian, Paulista, Bahian and Angolan Portuguese, Rotterdam and
# West Flemish Dutch, Moscow and Ural Russian, Awadhi and Delhi Hindi, Hai
# Phong and Mekong Delta Vietnamese, Balinese and Makassar Indonesian,
# Dongbei and Hong Kong Mandarin, Southern and Bangkok teen Thai, Welsh,
# Kenyan and Texan English), written after all of that and kept as it
# arrived: 53, 38, 72 (informal 88%, formal 84%, look-alikes 96%). One miss
# was a bug, fixed since: a caption to draft (bikinin caption buat IG …,
# pakai 'Anda') not known as a draft; with it and the seventy-third's
# families, 54, 39, 73. Left: formal requests in new words (以後は客として
# 扱っていただき、敬語でご対応願います; Mit mir bitte förmlich und mit Nachnamen;
# Вернитесь к обращению на вы; Xin hãy xưng hô trang trọng; 'sir' ya 'aap'
# bolke address karein), what the user keeps (Sie könn' ruhig beim Sie
# bleiben), dialect and creole (Ou pé tutoie a moin; zeg moa 'u' tegen
# mie; panggil 'Bli' aja; Talk to me like you would your butty), a title
# waived (Dat 'meneer' mag je wel achterwege laten; 天天“尊敬的客户”，听着累),
# and a question about speaking to a teacher (ถ้าคุยกับอาจารย์ …
# ควรลงท้ายครับหรือพูดกันเองได้?). They became families after the
# seventy-fifth arrived: 60, 45, 75. A seventy-fifth (a makerspace, a
# kitesurfing school, a jazz club, a vegan restaurant, a carpooling app, a
# bike park, an airline chat, a utility, a bank branch, a cinema, a
# municipal pool, a travel agency; Tokyo shitamachi and Hokkaido Japanese,
# Daegu and Incheon Korean, Swiss and Tyrolean German, banlieue and Swiss
# French, Cordoban, Venezuelan and Andalusian Spanish, Bolognese and
# Calabrian Italian, Cearense, Paraense and Alentejo Portuguese, Surinamese
# and Ghent Dutch, Kuban and Siberian Russian, Punjabi and Lucknow Hindi,
# Thanh Hoa and Da Nang Vietnamese, Jakarta and Manado Indonesian,
# Singapore and Chengdu Mandarin, Northern and Phuket Thai, Jamaican,
# Australian and Scouse English), written after all of that and kept as it
# arrived: 54, 37, 71 (informal 90%, formal 82%, look-alikes 95%). One miss
# was a bug, fixed since: a complaint letter to write (写一封正式的投诉信)
# not known as a draft; with it and the seventy-fourth's families, 54, 38,
# 72. Left: dialect (Kuban Балакай со мной на ты; Punjabi Tu bol mainu;
# Manado bilang ngana jo; Jamaican reason wid mi like a bredren; Northern
# Thai อู้กับเฮาเหมือนปี้น้องกั๋น), going back in new words (Tornate al Lei;
# Graag weer 'u'; 请恢复之前正式的称呼; Go back to addressing me properly;
# xưng hô 'quý khách' như trước), a keep in new words (no hace falta
# cambiar), speech to someone else (… ke manager ko 'tum' bol sakte hain
# kya?; Tài xế … cứ gọi tui là 'mi'), and requests put as complaints
# (「〜じゃん」はないでしょ; อย่าเรียกพี่ว่า 'แก' นะ; 말 놓으면 안 돼?).
# All but the question about a manager became families after the
# seventy-sixth arrived: 60, 45, 74. A seventy-sixth (a cemetery office, a
# racecourse, a youth orchestra, a physiotherapy practice, a ghost tour, a
# fireworks shop, a mobile carrier, a hotel booking site, a tax office, a
# furniture store, a pharmacy, a university admissions office; Nagoya and
# Okinawan Japanese, Jeju and Jeolla Korean, Berlin and Bavarian German,
# Quebec and Marseille French, Chilean, Mexican and Canarian Spanish, Roman
# and Venetian Italian, Gaucho, Mineiro and Azorean Portuguese, Brabant and
# Amsterdam Dutch, Odessa and Ural Russian, Bihari and Bambaiya Hindi, Hue
# and Can Tho Vietnamese, Javanese and Medan Indonesian, Taiwanese and
# Dongbei Mandarin, Isan and Southern Thai, Irish, Geordie and Singlish
# English), written after all of that and kept as it arrived: 56, 41, 75
# (informal 93%, formal 91%, look-alikes 100%). No miss was a bug; with the
# seventy-fifth's families (Torni al Lei), 56, 42, 75. Left: requests in new
# words (もっとゆるーくしゃべってくれたら嬉しいさー; その「〜でございます」ってのやめて
# くれない？; 우리 친구처럼 얘기하자!; Прошу общаться вежливо, на вы; Isan
# เว้ากันเองซือ ๆ) and a title asked for against a name or a nickname
# (dirigirse a mí como 'señora Gómez' y no por mi nombre de pila; met
# 'mevrouw' aanspreken en niet met 'meid'). They became families after
# the seventy-seventh arrived: 60, 45, 75. A seventy-seventh (a magic
# show, a carnival, a lottery kiosk, a scrapyard, a coin dealer, a
# helicopter tour, a train operator, an insurance hotline, an e-scooter
# rental, a dentist, a bookshop, a parking office; Kansai and Hiroshima
# Japanese, Busan and Chungcheong Korean, Swabian and Viennese German,
# Belgian and Acadian French, Buenos Aires, paisa and Galician Spanish,
# Neapolitan and Sicilian Italian, Carioca, Nordestino and Madeiran
# Portuguese, Antwerp and Groningen Dutch, St Petersburg and Caucasus
# Russian, Haryanvi and Hyderabadi Hindi, Hanoi and Saigon Vietnamese,
# Sundanese and Betawi Indonesian, Cantonese- and Shanghainese-flavoured
# Mandarin, Bangkok office and Chiang Mai Thai, Scottish, Nigerian and
# Indian English), written after all of that and kept as it arrived: 54,
# 42, 70 (informal 90%, formal 93%, look-alikes 93%). No miss was a bug.
# Left: what the user keeps (ऐसे ही रखो; Lanjut aja kayak gini; the way
# you're talking now is fine, after a request taken back with nah), speech
# reported or asked about (uncle ne mereku 'aap' bol ke baat kiye; 후배가
# 반말해도 되냐고 물어보는데), a complaint read as its opposite (seit wann
# san mir per du? I möcht gsiezt werden), and dialect and new words
# (hábleme más relajado; zegt maar gij tege mij; Spreek mij mor gewoon met
# 'u' aan; Doe maar je en jij; just call me 'tum'; Pake gue-lu aje;
# อู้กั๋นแบบปี้น้อง; address me as Sir only). They became families after
# the seventy-eighth arrived: 60, 45, 75. A seventy-eighth (a bonsai
# nursery, a falconry centre, a lighthouse tour, a corn maze, a candle
# shop, an orchid show, a car insurance chat, an electricity supplier, a
# gym chain, a children's hospital desk, a concert ticket site, a ferry
# company; Tsugaru and Kagoshima Japanese, Gyeongnam and North
# Korean-flavoured Korean, Cologne and Saxon German, Alsatian and Lyon
# French, Peruvian, Cuban and Murcian Spanish, Milanese and Sardinian
# Italian, Paulista, Goiano and Porto Portuguese, Limburg and Zeeland
# Dutch, Belarusian-flavoured and Far East Russian, Rajasthani and
# Bhojpuri Hindi, Nghe An and Quang Nam Vietnamese, Balinese and Padang
# Indonesian, Hong Kong and Tianjin Mandarin, Korat and Hat Yai Thai,
# Welsh, Texan and Kenyan English), written after all of that and kept as
# it arrived: 56, 37, 74 (informal 93%, formal 82%, look-alikes 99%). No
# miss was a bug. Left: formal requests in new words (Pourriez-vous
# reprendre le vouvoiement ?; Le pido que me llame señor Ramírez y no
# 'Pepe'; 존대말로 하시라우; '보호자님'이라고 해 주세요; Zeg mae u tegen me;
# กลับไปใช้ภาษาทางการเหมือนเดิม; ลงท้ายด้วยครับ/ค่ะ), informal ones in dialect
# (Uai sô, … pode falar comigo de você; 咱就'你'啊'我'的唠; もうちょい砕けた
# 感じでよくない？; もっとゆるく話そ？), and what the user keeps (Me gusta que me
# trates de usted, no lo cambies). They became families after the
# seventy-ninth arrived: 60, 45, 75. A seventy-ninth (a pinball arcade, a
# reptile shop, a glassblowing studio, a rug cleaner, a model rocketry
# club, a spinning class, a mobile bank app, a passport office chat, a food
# delivery app, a car rental desk, a language exchange app, a hotel
# concierge; Kyoto and Tosa Japanese, Gangwon and Seoul teen Korean, Bern
# and Franconian German, Senegalese and Toulouse French, Uruguayan, Puerto
# Rican and Asturian Spanish, Florentine and Apulian Italian, Recife,
# Baiano and Lisbon Portuguese, Rotterdam and Twente Dutch, Rostov and
# Tatar-flavoured Russian, Marwari and Kolkata Hindi, Hai Phong and Mekong
# Delta Vietnamese, Makassar and Surabaya Indonesian, Beijing and Wuhan
# Mandarin, Lanna and Pattani Thai, Cockney, Jamaican and Singlish
# English), written after all of that and kept as it arrived: 50, 37, 73
# (informal 83%, formal 82%, look-alikes 97%). No miss was a bug; with the
# seventy-eighth's families (别您啊您的), 51, 37, 73. Left: a sentence
# to rewrite (이 문장 존댓말로 바꿔줘: …) and a keep in dialect (そのままの
# 丁寧な話し方でええよ、変えんといてな), requests put as questions or jokes (タメ口で
# 話してって言ったら怒る？; 반말 모드 있어?), going back in new words (「です・ます」
# に戻してください; Quay lại gọi 'quý khách' như cũ; ช่วยกลับไปใช้ 'คุณ'; Revert
# to addressing me formally), a name turned down for a title (eviti di
# chiamarmi 'Robi'; Для вас — Сергей Иванович; It's Jonathan, or Mr Hale;
# Niet 'maat' tegen me zeggen), and dialect (말 편하게 놓고 하우야; jij zegge;
# nói chuyện thân thân như người nhà; mày mày tao tao; Chat to mi like yuh
# bredren; Talk to me like kaki can or not). They became families after the
# eightieth arrived: 60, 45, 75; making them found three requests read
# wrongly (eviti di darmi del tu as an offer of tu, don't call me Mr Hale
# as a wish for the title, この文を敬語に変えて as a wish for keigo). An
# eightieth (a fencing club, a bookbinding workshop, a fountain pen shop, a
# violin maker, a curling club, a public sauna, a mobile carrier chat, a tax
# office chat, a ride-hailing app, a hotel booking site, a university
# admissions office, a pharmacy app; Osaka and Nagasaki Japanese, Busan and
# Jeju Korean, Viennese and Hamburg German, Quebec and Corsican-flavoured
# French, Chilean, Dominican and Andalusian Spanish, Venetian and
# Sardinian-flavoured Italian, Mineiro, Cearense and Angolan Portuguese,
# Antwerp and Limburg Dutch, Novosibirsk and Odessa Russian, Bihari and
# Mumbai Hindi, Hue and Saigon Vietnamese, Betawi and Medan Indonesian,
# Taiwanese and Dongbei Mandarin, Isan and Hat Yai Thai, Geordie, Nigerian
# and Indian English), written after all of that and kept as it arrived:
# 54, 42, 75 (informal 90%, formal 93%, look-alikes 100%). Left: dialect
# (Busan 고마 반말로 해라; Jeju 반말허여도 되어마씸; Antwerp klap gewoon tegen
# mij zoals tegen ne maat), an offer in other words (schreib einfach normal
# mit mir, duzen ist voll okay; pode falar mais de boa comigo, tipo amigo;
# talk to me casual pls), and going back in new words (Volta a me chamar de
# "senhor"; 能不能恢复成"您"？; Graag gewoon "meneer" en "u"). They became
# families after the eighty-first arrived: 60, 45, 75. An eighty-first (a
# tailor, a ski school, a ballroom dance studio, a badminton club, a clock
# repairer, a canoe hire, an electricity provider chat, a visa application
# centre, a grocery delivery app, a train ticket office, a dating app, a
# dental clinic booking bot; Kobe and Akita Japanese, Daegu and Chungcheong
# Korean, Swabian and Cologne German, Brussels and Marseille French,
# Rosario, Yucatán and Canarian Spanish, Roman and Neapolitan Italian,
# Carioca, Gaúcho and Porto Portuguese, Brabant and Groningen Dutch, St
# Petersburg and Ural Russian, Haryanvi and Bhopali Hindi, Nghe An and Can
# Tho Vietnamese, Yogyakarta and Padang Indonesian, Shanghai and Guangzhou
# Mandarin, Bangkok teen and Chiang Mai Thai, Scouse, Ghanaian and
# Australian English), written after all of that and kept as it arrived:
# 52, 44, 68 (informal 87%, formal 98%, look-alikes 91%); with the
# eightieth's families (duzen wär mir lieber), 53, 44, 68. Left: questions
# of etiquette about someone else read as requests (窓口の人にはタメ口で話して
# も大丈夫ですか？; on se tutoie direct ou on vouvoie les autres membres ?;
# тренеру надо говорить «вы» или можно на «ты»?; o pessoal me chama de 'tu'
# direto, isso é normal?), messages to write for someone (xưng 'cháu' và gọi
# 'bác' cho lễ phép; panggil dia 'Bapak'; Keep it formal, call him Mr Hall),
# and requests in new words (Mag het wat losser, gewoon met jij?; Groningen
# Doe mag gewoon 'jij' tegen mie zeggen; Cứ gọi 'bạn' hay 'mi' cũng được;
# 像哥们儿那样聊就行; Chiang Mai อู้กันเองเลยเน้อ; ไม่ต้องมาครับ ๆ ค่ะ ๆ; chat to me
# like you would a mate; वापस 'आप' कहकर बात कीजिए). They became families after
# the eighty-second arrived: 60, 45, 75; making them found タメ口で話していいよ
# read as nothing (していい taken for している). An eighty-second (a knife
# sharpener, a sewing café, a typewriter repair shop, a saddlery, a harp
# teacher, a sailmaker, a mobile game support chat, a city hall chat, a
# parcel tracking bot, a gym membership app, a car insurance claim chat, a
# library chatbot; Hiroshima and Tsugaru Japanese, Jeolla and Gyeonggi
# Korean, Bavarian and Saxon German, Lyon and Geneva French, Peruvian,
# Venezuelan and Murcian Spanish, Milanese and Sicilian Italian, Paulista,
# Pernambucano and Mozambican Portuguese, Amsterdam and West Flemish Dutch,
# Moscow youth and Kazan Russian, Bhojpuri and Hyderabadi Hindi, Hanoi and
# Quang Nam Vietnamese, Jakarta and Bandung Indonesian, Tianjin and Hong
# Kong-flavoured Mandarin, Khon Kaen and Bangkok office Thai, Dublin, Kenyan
# and Texan English), written after all of that and kept as it arrived: 54,
# 40, 71 (informal 90%, formal 89%, look-alikes 95%); with the
# eighty-first's families (Mag het wat informeler?; cứ nói chuyện với tui
# thân mật như bạn bè là được), 56, 40, 71. Left: dialect (Hiroshima ちゃんと
# 敬語使うてくれんかのう; Jeolla 손님헌티는 존댓말 써야제 and 편하게 반말로 혀~;
# 말 놓구 편하게 해여~; Sicilian mi parlassi col Lei; West Flemish ge moet
# mij nie met 'meneer' en 'u' aanspreken; Isan เว้ากันเองแบบหมู่เฮา and
# เว้าสุภาพแหน่), a title offered after pet names turned down (Mrs. Dawson
# will do just fine, and keep it proper), a keep (puedes seguir hablándome
# de tú), a question about a senior's 반말, a Bhojpuri report, and a notice
# to write (ช่วยเขียนประกาศ … ใช้ภาษาเป็นกันเอง). They became families after
# the eighty-third arrived: 60, 45, 73 (left: the question about a senior's
# 반말 and the Bhojpuri report). An eighty-third (an orienteering club, a
# mahjong parlour, a quilt shop, an origami workshop, a tea ceremony class,
# a dog sled tour, an internet provider chat, a tax refund helpline, a
# cinema ticket app, a hospital appointment bot, a second-hand marketplace,
# a university library chat; Nagoya and Kagoshima Japanese, Busan and
# Chungcheong Korean, Viennese and Swabian German, Quebec and Belgian
# French, Monterrey, Bogotá and Andalusian Spanish, Roman and Sardinian
# Italian, Mineiro, Baiano and Azorean Portuguese, Limburg and Surinamese
# Dutch, Siberian and Rostov Russian, Awadhi and Mumbai Hindi, Hue and
# Mekong Delta Vietnamese, Medan and Surabaya Indonesian, Beijing and
# Taiwanese Mandarin, Isan and Southern Thai, Scottish, Nigerian and
# Singaporean English), written after all of that and kept as it arrived:
# 58, 41, 69 (informal 97%, formal 91%, look-alikes 92%). Left: a request
# taken back (別にタメ口でもいいよ…って言おうとしたけど; preferisco tornare al
# Lei after avevo detto di darmi del tu), a word asked about ('반모'가 무슨
# 뜻이에요?), texts to write (die Bestätigungsmail … dass wir die Teilnehmer
# duzen; ช่วยเขียนแคปชันโพสต์), etiquette (Darf ich meine Betreuerin duzen …
# oder beim Sie bleiben?; Zeg je 'u' tegen de theemeester of mag je jij
# zeggen?), and requests in new words ('님' 붙여서 불러주시고; schreib
# einfach locker mit mir; gọi 'chị' hoặc 'quý khách' cho lịch sự;
# 按正式的方式称呼我; Nigerian Just yarn with me normal, like we be padi).
BLIND = {
    "register_requests_blind": (60, 45, 75),
    "register_requests_blind2": (59, 44, 75),
    "register_requests_blind3": (60, 45, 75),
    "register_requests_blind4": (60, 45, 75),
    "register_requests_blind5": (60, 45, 75),
    "register_requests_blind6": (54, 45, 75),
    "register_requests_blind7": (60, 45, 75),
    "register_requests_blind8": (60, 45, 74),
    "register_requests_blind9": (60, 45, 75),
    "register_requests_blind10": (60, 45, 73),
    "register_requests_blind11": (59, 45, 75),
    "register_requests_blind12": (59, 45, 75),
    "register_requests_blind13": (60, 45, 75),
    "register_requests_blind14": (59, 45, 75),
    "register_requests_blind15": (59, 45, 75),
    "register_requests_blind16": (60, 45, 75),
    "register_requests_blind17": (60, 45, 75),
    "register_requests_blind18": (59, 45, 74),
    "register_requests_blind19": (59, 45, 75),
    "register_requests_blind20": (60, 45, 75),
    "register_requests_blind21": (60, 45, 75),
    "register_requests_blind22": (60, 45, 73),
    "register_requests_blind23": (60, 45, 72),
    "register_requests_blind24": (60, 45, 71),
    "register_requests_blind25": (60, 45, 69),
    "register_requests_blind26": (60, 45, 69),
    "register_requests_blind27": (60, 45, 73),
    "register_requests_blind28": (60, 45, 73),
    "register_requests_blind29": (60, 45, 71),
    "register_requests_blind30": (60, 45, 71),
    "register_requests_blind31": (60, 45, 72),
    "register_requests_blind32": (60, 45, 73),
    "register_requests_blind33": (60, 45, 72),
    "register_requests_blind34": (60, 45, 72),
    "register_requests_blind35": (60, 45, 71),
    "register_requests_blind36": (60, 45, 72),
    "register_requests_blind37": (60, 45, 72),
    "register_requests_blind38": (60, 45, 72),
    "register_requests_blind39": (57, 45, 75),
    "register_requests_blind40": (60, 45, 72),
    "register_requests_blind41": (60, 45, 70),
    "register_requests_blind42": (60, 45, 72),
    "register_requests_blind43": (60, 45, 72),
    "register_requests_blind44": (59, 45, 72),
    "register_requests_blind45": (60, 45, 72),
    "register_requests_blind46": (60, 45, 75),
    "register_requests_blind47": (60, 45, 73),
    "register_requests_blind48": (60, 45, 71),
    "register_requests_blind49": (60, 45, 72),
    "register_requests_blind50": (60, 45, 70),
    "register_requests_blind51": (60, 45, 75),
    "register_requests_blind52": (60, 45, 72),
    "register_requests_blind53": (60, 45, 73),
    "register_requests_blind54": (60, 45, 72),
    "register_requests_blind55": (60, 45, 73),
    "register_requests_blind56": (60, 45, 74),
    "register_requests_blind57": (60, 45, 71),
    "register_requests_blind58": (60, 45, 73),
    "register_requests_blind59": (60, 45, 69),
    "register_requests_blind60": (60, 45, 71),
    "register_requests_blind61": (60, 45, 74),
    "register_requests_blind62": (60, 45, 74),
    "register_requests_blind63": (60, 45, 73),
    "register_requests_blind64": (60, 45, 74),
    "register_requests_blind65": (60, 45, 73),
    "register_requests_blind66": (60, 45, 72),
    "register_requests_blind67": (60, 45, 73),
    "register_requests_blind68": (60, 45, 75),
    "register_requests_blind69": (60, 45, 75),
    "register_requests_blind70": (60, 45, 74),
    "register_requests_blind71": (60, 45, 75),
    "register_requests_blind72": (59, 45, 74),
    "register_requests_blind73": (60, 45, 74),
    "register_requests_blind74": (60, 45, 75),
    "register_requests_blind75": (60, 45, 74),
    "register_requests_blind76": (60, 45, 75),
    "register_requests_blind77": (60, 45, 75),
    "register_requests_blind78": (60, 45, 75),
    "register_requests_blind79": (60, 45, 75),
    "register_requests_blind80": (60, 45, 75),
    "register_requests_blind81": (60, 45, 75),
    "register_requests_blind82": (60, 45, 73),
    "register_requests_blind83": (58, 41, 69),
}


@pytest.mark.parametrize("stem", sorted(BLIND))
def test_blind_sets_of_requests_and_look_alikes_are_read(stem: str) -> None:
    path = Path(__file__).parent / "register" / "data" / "requests" / f"{stem}.jsonl"
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    right: Counter[str] = Counter()
    for row in rows:
        spec = _spec(row["lang"])
        found = asked(row["text"], spec)
        got = "none" if found is None else spec.level(found.level).formality
        right[row["asks"]] += got == row["asks"]
    total = Counter(row["asks"] for row in rows)
    assert (total["informal"], total["formal"], total["none"]) == (60, 45, 75)
    informal, formal, none = BLIND[stem]
    assert right["informal"] >= informal and right["formal"] >= formal, right
    assert right["none"] >= none, right


DATA = Path(__file__).parent / "register" / "data"
DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "register" / "dev.jsonl"


def test_no_labelled_message_reads_as_a_request() -> None:
    """The labelled messages (formal and informal text of every kind, many of
    them learners asking about the forms) are not requests to change the level:
    a pattern that reads one as a request would change the register of a
    conversation that never asked. The request sets themselves are left out."""
    files = [f for f in sorted(DATA.rglob("*.jsonl")) if f.parent.name != "requests"]
    if DEV.exists():
        files.append(DEV)
    read, found = 0, []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                continue
            spec = locales.get(row.get("lang") or "")
            if spec is None:
                continue
            read += 1
            if (hit := asked(row["text"], spec)) is not None:
                found.append((path.name, hit.request, hit.surface, row["text"][:120]))
    assert read > 30_000
    assert not found, found


def test_a_request_inside_a_text_pasted_to_be_translated_is_not_the_users() -> None:
    de = _spec("de")
    pasted = (
        "Kannst du das ins Englische übersetzen?\n\nLiebe Anna, wir können uns gerne duzen. Max"
    )
    assert asked(pasted, de) is None
    assert asked("Sie können mich gerne duzen. Können Sie das übersetzen?", de) is not None


def test_every_locale_lists_a_request_for_its_least_and_most_formal_level() -> None:
    for code in locales.available():
        spec = _spec(code)
        ordered = [lv.id for lv in spec.ordered()]
        levels = {r.level for r in spec.requests.rules}
        assert ordered[0] in levels, code
        assert any(level != ordered[0] for level in levels), code


def test_the_request_that_comes_last_in_a_message_holds() -> None:
    de = _spec("de")
    found = asked("Bitte siezen Sie mich nicht, wir können uns duzen.", de)
    assert found is not None and found.level == "informal"
    found = asked("Duzen ist okay. Ach nein, bitte siezen Sie mich doch.", de)
    assert found is not None and found.level == "formal"


def test_a_request_someone_else_wrote_is_not_the_users() -> None:
    # A quoted mail asks its reader, not the bot.
    text = "Was meinen Sie dazu?\n\n> Du kannst mich gerne duzen, Max"
    assert asked(text, _spec("de")) is None


def test_the_plan_mirrors_the_request_not_the_message() -> None:
    pt = _spec("pt")
    mirror = RegisterPolicy(mirror=True)
    message = "Podes tratar-me por tu. O senhor tem livros de poesia?"
    reading = analyze(message, "pt")
    assert reading.formality == "formal"  # o senhor: mirrored, the reply would be formal
    request = asked(message, pt)
    done = plan(mirror, pt, reading, asked=request)
    assert done.level == "informal" and "asked for informal (tratar-me por tu)" in done.reason
    # Within the policy's range: a shop that is never casual stays polite.
    ja = _spec("ja")
    shop = RegisterPolicy(mirror=True, min="polite", max="honorific")
    casual = plan(shop, ja, analyze("タメ口でいいよ", "ja"), asked=asked("タメ口でいいよ", ja))
    assert casual.level == "polite" and casual.reason.endswith("nearest allowed")
    # A fixed level stays fixed.
    assert plan(RegisterPolicy(level="formal"), pt, reading, asked=request).level == "formal"


def _bookshop() -> Persona:
    return Persona.model_validate(
        {
            "id": "pt-test-bookshop",
            "name": {"en": "Bookshop"},
            "persona": "You sell books.",
            "locales": {"pt": {"register": {"mirror": True}}},
        }
    )


def test_a_request_holds_for_the_rest_of_the_conversation_until_another() -> None:
    shop = _bookshop()
    first = "Bom dia. Podes tratar-me por tu, por favor."
    later = "O senhor tem o último livro do Saramago?"
    assert target_for(shop, later)[0].level == "formal"  # mirrored: o senhor
    held, _ = target_for(shop, later, earlier=[first])
    assert held.level == "informal" and "tratar-me por tu" in held.reason
    back, _ = target_for(shop, later, earlier=[first, "Trate-me por senhor, por favor."])
    assert back.level == "formal"
    # A level chosen in the UI or the request still wins.
    chosen, _ = target_for(shop, later, level="formal", earlier=[first])
    assert chosen.level == "formal"
    assert asked_in(later, [first], _spec("pt")) is not None


def test_a_request_that_names_no_level_of_the_locale_is_refused() -> None:
    text = (locales.source_text("de") or "").replace(
        "- id: de.request.sie\n      level: formal",
        "- id: de.request.sie\n      level: sehr_formal",
    )
    assert "sehr_formal" in text
    with pytest.raises(ConfigError) as err:
        locales.parse(text, "de.yaml")
    assert "request de.request.sie: level 'sehr_formal' is not one of" in str(err.value)


def test_a_request_pattern_that_could_take_exponential_time_is_refused() -> None:
    text = locales.source_text("fr") or ""
    start = text.index("- id: fr.request.tu")
    at = text.index("pattern: '", start) + len("pattern: '")
    bad = text[:at] + "(a+)+" + text[text.index("'\n", at) :]  # the whole pattern
    with pytest.raises(ConfigError) as err:
        locales.parse(bad, "fr.yaml")
    message = str(err.value)
    assert (
        "requests.rules.fr.request.tu.pattern" in message and "nests an unbounded repeat" in message
    )


def test_traditional_chinese_is_read_through_the_folded_letters() -> None:
    # Taiwan and Hong Kong write traditional characters; zh's requests.fold reads
    # them as the simplified ones its patterns name, and quotes them as written.
    found = asked("以後請用「您」稱呼我，並保持專業的語氣。", _spec("zh"))
    assert found is not None and (found.level, found.surface) == ("polite", "請用「您」")
    assert asked("別那麼客氣啦", _spec("zh")) is not None
    # A question about the forms, in traditional letters too, asks for nothing.
    assert asked("跟我說話不用那麼客氣", _spec("zh")) is not None
    assert asked("怎麼跟老闆說跟我說話不用那麼客氣？", _spec("zh")) is None


def test_a_fold_that_is_not_one_letter_for_one_is_refused() -> None:
    text = locales.source_text("zh") or ""
    bad = text.replace('fold: {"為": "为"', 'fold: {"為了": "为"', 1)
    assert bad != text
    with pytest.raises(ConfigError) as err:
        locales.parse(bad, "zh.yaml")
    assert "requests.fold" in str(err.value) and "為了: 为" in str(err.value)
