import { stageLines } from './stage-lines'
import type { Stage } from './answers'
import { MORE_LANGUAGE_LINES } from './composer-words-more'

/** The composer's own lines for answers in another language: only frames around the person's words. */
export type OtherLanguageLines = {
  /** The hook (one short line, at most 12 words besides {core}) when a core word was given. */
  hookCore: string
  /** Three different lines sharing the experience with "we", no slot, each at most 9 words. e.g. "Todos lo hemos vivido de una forma u otra." */
  shared: [string, string, string]
  /** Before what the person is doing now, {x} their words; three variants (one per opening), each frame at most 7 words besides {x}. */
  work: [string, string, string]
  /** Before who is better off, {x} their words (people), e.g. Spanish "Lo hago por ellos: {x}." at most 7 words besides {x}. */
  forWhom: string
  /** The closing line on the core word, three variants, each at most 8 words besides {core}. */
  landing: [string, string, string]
  /** The one-sentence why: {work} what they do, {belief} what they believe (any form); one sentence, at most 10 words besides the slots, e.g. "Lo que hago: {work} — porque creo en esto: {belief}." */
  oneLiner: string
  /** Same without a belief: at most 8 words besides {work}. */
  oneLinerWorkOnly: string
  /** The invitation said when the listener leans in, per stage, with {x} = what the person is looking for (their words, a list joined by the conjunction below). Ends with ONE short question. Stages: vague (still finding the shape, wants a sounding board and things to read), convening (bringing people together), narrowing (choosing a first concrete step, looking for a first place to try it and partners), growing (making it bigger, looking for people to meet). At most 25 words each besides {x}. */
  invitationWithAsks: Record<Stage, string>
  /** The invitation when nothing was typed as an ask, per stage, same spirit (connection, never a sale), at most 25 words, ends with one question. */
  invitation: Record<Stage, string>
  /** The word for "and" joining two asks. */
  and: string
}

export const OTHER_LANGUAGE_LINES: Record<string, OtherLanguageLines> = {
  // Spanish: informal "tú", neutral across Spain and Latin America.
  es: {
    hookCore: 'En el fondo, todo se reduce a una palabra: {core}.',
    shared: [
      'Todos lo hemos vivido de una forma u otra.',
      'A todos nos ha pasado alguna vez.',
      'Cada uno de nosotros lo conoce de cerca.',
    ],
    work: [
      'Lo que estoy haciendo ahora: {x}.',
      'Por eso, ahora mismo trabajo en esto: {x}.',
      'Y en eso estoy: {x}.',
    ],
    forWhom: 'Lo hago pensando en esta gente: {x}.',
    landing: [
      'De eso se trata: {core}.',
      'Todo vuelve a la misma palabra: {core}.',
      'Esa es mi palabra: {core}.',
    ],
    oneLiner: 'Lo que hago: {work} — porque creo en esto: {belief}.',
    oneLinerWorkOnly: 'Esto es lo que hago: {work}.',
    invitationWithAsks: stageLines(
      'Todavía le estoy dando forma, y me vendría muy bien esto: {x}. ¿Con quién crees que debería hablar?',
      'Estoy reuniendo a personas a las que les importa lo mismo. Busco esto: {x}. ¿Se te ocurre alguien?',
      'Estoy eligiendo un primer paso concreto, y busco esto: {x}. ¿Conoces algún sitio donde pueda probarlo?',
      'Ahora quiero llevarlo más lejos, y busco esto: {x}. ¿A quién crees que debería conocer?',
    ),
    invitation: stageLines(
      'Todavía le estoy dando forma. Si a ti también te importa, ¿qué me recomendarías leer?',
      'Estoy reuniendo a personas a las que les importa lo mismo. ¿A quién crees que debería invitar?',
      'Estoy buscando un primer lugar donde probarlo, y con quién hacerlo. ¿Se te ocurre alguien?',
      'Quiero que esto llegue más lejos. Si a ti también te importa, ¿a quién debería conocer?',
    ),
    and: 'y',
  },

  // French: informal "tu", plain space before ? and :, core word in guillemets.
  fr: {
    hookCore: 'Au fond, tout tient en un mot : « {core} ».',
    shared: [
      "Nous l'avons tous vécu, d'une manière ou d'une autre.",
      'Ça nous est tous arrivé un jour.',
      "Nous savons tous ce que c'est.",
    ],
    work: [
      'Ce que je fais en ce moment : {x}.',
      'Alors voilà à quoi je travaille : {x}.',
      'Concrètement, ce que je fais : {x}.',
    ],
    forWhom: 'Je le fais pour ces personnes : {x}.',
    landing: [
      "C'est de ça qu'il s'agit : « {core} ».",
      'Tout revient à un mot : « {core} ».',
      'Voilà mon mot : « {core} ».',
    ],
    oneLiner: 'Ce que je fais : {work} — parce que je crois ceci : {belief}.',
    oneLinerWorkOnly: 'Voilà ce que je fais : {work}.',
    invitationWithAsks: stageLines(
      "Je cherche encore la bonne forme. Ce qui m'aiderait : {x}. Tu penses à quelqu'un avec qui en parler ?",
      "Je réunis des gens que ça touche aussi. Ce que je cherche : {x}. Tu vois quelqu'un ?",
      "Je choisis un premier pas concret. Ce que je cherche : {x}. Tu connais un endroit où je pourrais l'essayer ?",
      "Je veux donner plus d'ampleur à tout ça. Ce que je cherche : {x}. Qui devrais-je rencontrer, à ton avis ?",
    ),
    invitation: stageLines(
      "Je cherche encore la bonne forme. Si ça te parle aussi, qu'est-ce que tu me conseillerais de lire ?",
      'Je réunis des gens que ça touche aussi. Qui devrais-je inviter, à ton avis ?',
      "Je cherche un premier endroit pour l'essayer, et des gens pour le faire avec moi. Tu as une idée ?",
      'Je veux aller plus loin avec ça. Si ça te parle aussi, qui devrais-je rencontrer ?',
    ),
    and: 'et',
  },

  // German: informal "du", no article in front of the (capitalised) core word.
  de: {
    hookCore: 'Im Kern geht es um ein einziges Wort: {core}.',
    shared: [
      'Das haben wir alle schon einmal erlebt.',
      'Wir alle kennen das, so oder so.',
      'Jeder von uns kennt dieses Gefühl.',
    ],
    work: [
      'Woran ich gerade arbeite: {x}.',
      'Deshalb mache ich gerade Folgendes: {x}.',
      'Konkret heißt das für mich: {x}.',
    ],
    forWhom: 'Ich mache das für diese Menschen: {x}.',
    landing: [
      'Darum geht es: {core}.',
      'Am Ende läuft alles auf ein Wort hinaus: {core}.',
      'Das ist mein Wort: {core}.',
    ],
    oneLiner: 'Was ich mache: {work} — weil ich daran glaube: {belief}.',
    oneLinerWorkOnly: 'Das ist es, woran ich arbeite: {work}.',
    invitationWithAsks: stageLines(
      'Ich suche noch nach der richtigen Form. Was mir helfen würde: {x}. Mit wem sollte ich darüber reden?',
      'Ich bringe Menschen zusammen, denen das auch wichtig ist. Was ich suche: {x}. Fällt dir jemand ein?',
      'Ich wähle gerade einen ersten konkreten Schritt. Was ich suche: {x}. Kennst du einen Ort, an dem ich es ausprobieren könnte?',
      'Ich möchte das größer machen. Was ich suche: {x}. Wen sollte ich deiner Meinung nach kennenlernen?',
    ),
    invitation: stageLines(
      'Ich suche noch nach der richtigen Form. Wenn dir das auch wichtig ist, was sollte ich unbedingt lesen?',
      'Ich bringe Menschen zusammen, denen das auch wichtig ist. Wen sollte ich einladen?',
      'Ich suche einen ersten Ort, um es auszuprobieren, und Leute, die mitmachen. Hast du eine Idee?',
      'Ich möchte das weitertragen. Wenn dir das auch wichtig ist, wen sollte ich kennenlernen?',
    ),
    and: 'und',
  },

  // Portuguese: "você" throughout; no gerunds, no clitic-placement or preterite forms that split Brazil and Portugal.
  pt: {
    hookCore: 'No fundo, tudo se resume a uma palavra: {core}.',
    shared: [
      'Todos nós já vivemos isso de alguma forma.',
      'Cada um de nós já sentiu isso.',
      'Todos nós sabemos como isso é.',
    ],
    work: [
      'Neste momento, trabalho nisto: {x}.',
      'O que faço, concretamente: {x}.',
      'Por isso, hoje faço isto: {x}.',
    ],
    forWhom: 'Faço isto por essas pessoas: {x}.',
    landing: [
      'É disso que se trata: {core}.',
      'Tudo volta a uma palavra: {core}.',
      'Essa é a minha palavra: {core}.',
    ],
    oneLiner: 'O que faço: {work} — porque acredito nisto: {belief}.',
    oneLinerWorkOnly: 'É isto que faço: {work}.',
    invitationWithAsks: stageLines(
      'Ainda procuro a forma certa. O que me ajudaria: {x}. Com quem você acha que eu deveria conversar?',
      'Reúno pessoas a quem isto também importa. O que procuro: {x}. Você conhece alguém?',
      'Escolho agora um primeiro passo concreto. O que procuro: {x}. Você conhece um lugar onde eu possa testar a ideia?',
      'Quero levar isto mais longe. O que procuro: {x}. Quem você acha que eu deveria conhecer?',
    ),
    invitation: stageLines(
      'Ainda procuro a forma certa. Se isto também importa para você, o que eu deveria ler?',
      'Reúno pessoas a quem isto também importa. Quem você acha que eu deveria convidar?',
      'Procuro um primeiro lugar para testar a ideia, e pessoas para fazer isso comigo. Você tem alguma sugestão?',
      'Quero levar isto mais longe. Se isto também importa para você, quem eu deveria conhecer?',
    ),
    and: 'e',
  },

  // Italian: informal "tu".
  it: {
    hookCore: 'In fondo, tutto si riduce a una parola: {core}.',
    shared: [
      "Tutti noi l'abbiamo vissuto, in un modo o nell'altro.",
      'È capitato a ognuno di noi.',
      'Tutti noi sappiamo cosa vuol dire.',
    ],
    work: [
      'Quello che sto facendo ora: {x}.',
      'Ecco a cosa sto lavorando: {x}.',
      'In concreto, quello che faccio: {x}.',
    ],
    forWhom: 'Lo faccio per loro: {x}.',
    landing: [
      'Ecco di cosa si tratta: {core}.',
      'Tutto torna a una parola: {core}.',
      'Questa è la mia parola: {core}.',
    ],
    oneLiner: 'Quello che faccio: {work} — perché credo in questo: {belief}.',
    oneLinerWorkOnly: 'Ecco quello che faccio: {work}.',
    invitationWithAsks: stageLines(
      'Sto ancora cercando la forma giusta. Quello che mi aiuterebbe: {x}. Con chi dovrei parlarne, secondo te?',
      'Sto riunendo persone a cui questo sta a cuore. Quello che cerco: {x}. Ti viene in mente qualcuno?',
      'Sto scegliendo un primo passo concreto. Quello che cerco: {x}. Conosci un posto dove potrei provarci?',
      'Voglio far crescere tutto questo. Quello che cerco: {x}. Chi dovrei conoscere, secondo te?',
    ),
    invitation: stageLines(
      'Sto ancora cercando la forma giusta. Se sta a cuore anche a te, cosa mi consiglieresti di leggere?',
      'Sto riunendo persone a cui questo sta a cuore. Chi dovrei invitare, secondo te?',
      'Cerco un primo posto dove provarci, e qualcuno con cui farlo. Ti viene in mente qualcosa?',
      'Voglio portarlo più lontano. Se conta anche per te, chi dovrei conoscere?',
    ),
    and: 'e',
  },

  // Dutch: informal "je/jij".
  nl: {
    hookCore: 'Eigenlijk draait alles om één woord: {core}.',
    shared: [
      'We hebben het allemaal wel eens meegemaakt.',
      'Ieder van ons kent dat gevoel.',
      'We weten allemaal hoe dat voelt.',
    ],
    work: [
      'Waar ik nu aan werk: {x}.',
      'Dus dit is wat ik nu doe: {x}.',
      'Concreet betekent dat voor mij: {x}.',
    ],
    forWhom: 'Ik doe het voor hen: {x}.',
    landing: [
      'Daar gaat het om: {core}.',
      'Alles komt terug bij één woord: {core}.',
      'Dat is mijn woord: {core}.',
    ],
    oneLiner: 'Wat ik doe: {work} — omdat ik hierin geloof: {belief}.',
    oneLinerWorkOnly: 'Dit is wat ik doe: {work}.',
    invitationWithAsks: stageLines(
      'Ik zoek nog naar de juiste vorm. Wat me zou helpen: {x}. Met wie zou ik moeten praten, denk je?',
      'Ik breng mensen samen die dit ook belangrijk vinden. Wat ik zoek: {x}. Ken jij iemand?',
      'Ik kies nu een eerste concrete stap. Wat ik zoek: {x}. Weet jij een plek waar ik het kan uitproberen?',
      'Ik wil dit groter maken. Wat ik zoek: {x}. Wie zou ik volgens jou moeten ontmoeten?',
    ),
    invitation: stageLines(
      'Ik zoek nog naar de juiste vorm. Als dit jou ook raakt, wat zou ik moeten lezen?',
      'Ik breng mensen samen die dit ook belangrijk vinden. Wie zou ik moeten uitnodigen?',
      'Ik zoek een eerste plek om het uit te proberen, en mensen die mee willen doen. Heb jij een idee?',
      'Ik wil dit verder brengen. Als het jou ook raakt, wie zou ik moeten ontmoeten?',
    ),
    and: 'en',
  },

  // Polish: informal "ty"; no gendered first-person forms (powinienem/powinnam) so any speaker fits.
  pl: {
    hookCore: 'W gruncie rzeczy wszystko sprowadza się do jednego słowa: {core}.',
    shared: [
      'Wszystkim nam się to kiedyś zdarzyło.',
      'Każdy z nas zna to uczucie.',
      'To doświadczenie bliskie każdemu z nas.',
    ],
    work: [
      'Teraz pracuję nad tym: {x}.',
      'Dlatego robię teraz właśnie to: {x}.',
      'Konkretnie wygląda to tak: {x}.',
    ],
    forWhom: 'Robię to dla nich: {x}.',
    landing: [
      'O to właśnie chodzi: {core}.',
      'Wszystko wraca do jednego słowa: {core}.',
      'To jest moje słowo: {core}.',
    ],
    oneLiner: 'Czym się zajmuję: {work} — bo wierzę w to: {belief}.',
    oneLinerWorkOnly: 'Tym właśnie się zajmuję: {work}.',
    invitationWithAsks: stageLines(
      'Wciąż szukam właściwego kształtu. Co by mi pomogło: {x}. Z kim twoim zdaniem warto o tym porozmawiać?',
      'Zbieram ludzi, którym też na tym zależy. Czego szukam: {x}. Przychodzi ci ktoś do głowy?',
      'Wybieram teraz pierwszy konkretny krok. Czego szukam: {x}. Znasz miejsce, gdzie można by to wypróbować?',
      'Chcę to rozwinąć na większą skalę. Czego szukam: {x}. Z kim twoim zdaniem warto się spotkać?',
    ),
    invitation: stageLines(
      'Wciąż szukam właściwego kształtu. Jeśli tobie też na tym zależy, co warto przeczytać?',
      'Zbieram ludzi, którym też na tym zależy. Kogo twoim zdaniem warto zaprosić?',
      'Szukam pierwszego miejsca, żeby to wypróbować, i ludzi, którzy chcą się przyłączyć. Masz jakiś pomysł?',
      'Chcę pójść z tym dalej. Jeśli tobie też na tym zależy, z kim warto się spotkać?',
    ),
    and: 'i',
  },

  // Swedish: "du", as Swedes say to anyone.
  sv: {
    hookCore: 'I grund och botten handlar det om ett enda ord: {core}.',
    shared: [
      'Alla har vi varit med om det någon gång.',
      'Vi känner alla igen det.',
      'Var och en av oss vet hur det känns.',
    ],
    work: [
      'Det jag jobbar med nu: {x}.',
      'Så det här gör jag just nu: {x}.',
      'Konkret ser det ut så här: {x}.',
    ],
    forWhom: 'Jag gör det för de här människorna: {x}.',
    landing: [
      'Det är vad det handlar om: {core}.',
      'Allt kommer tillbaka till ett ord: {core}.',
      'Det är mitt ord: {core}.',
    ],
    oneLiner: 'Det jag gör: {work} — för att jag tror på det här: {belief}.',
    oneLinerWorkOnly: 'Det är det här jag gör: {work}.',
    invitationWithAsks: stageLines(
      'Jag letar fortfarande efter rätt form. Det som skulle hjälpa mig: {x}. Vem tycker du att jag borde prata med?',
      'Jag samlar människor som också bryr sig om det här. Det jag söker: {x}. Kommer du på någon?',
      'Jag väljer ett första konkret steg. Det jag söker: {x}. Vet du något ställe där jag kan testa det?',
      'Nu vill jag ta det här vidare. Det jag söker: {x}. Vem tycker du att jag borde träffa?',
    ),
    invitation: stageLines(
      'Jag letar fortfarande efter rätt form. Om du också bryr dig om det här, vad tycker du att jag borde läsa?',
      'Jag samlar människor som också bryr sig om det här. Vem tycker du att jag borde bjuda in?',
      'Jag letar efter ett första ställe att testa det på, och folk att göra det med. Har du något tips?',
      'Jag vill ta det här vidare. Om du också bryr dig om det, vem borde jag träffa?',
    ),
    and: 'och',
  },

  // Danish: "du".
  da: {
    hookCore: 'Når alt kommer til alt, handler det om ét ord: {core}.',
    shared: [
      'Det har vi alle sammen prøvet.',
      'Vi kender det alle sammen.',
      'Vi ved alle, hvordan det føles.',
    ],
    work: [
      'Det, jeg arbejder på lige nu: {x}.',
      'Så det er det, jeg gør nu: {x}.',
      'Helt konkret ser det sådan ud: {x}.',
    ],
    forWhom: 'Jeg gør det for dem: {x}.',
    landing: [
      'Det er det, det handler om: {core}.',
      'Det hele kommer tilbage til ét ord: {core}.',
      'Det er mit ord: {core}.',
    ],
    oneLiner: 'Det, jeg gør: {work} — fordi jeg tror på det her: {belief}.',
    oneLinerWorkOnly: 'Det er det, jeg laver: {work}.',
    invitationWithAsks: stageLines(
      'Jeg leder stadig efter den rigtige form. Det, der ville hjælpe mig: {x}. Hvem synes du, jeg skal tale med?',
      'Jeg samler folk, som også går op i det her. Det, jeg søger: {x}. Kender du nogen?',
      'Jeg er ved at vælge et første konkret skridt. Det, jeg søger: {x}. Kender du et sted, hvor jeg kan prøve det af?',
      'Nu vil jeg gerne gøre det større. Det, jeg søger: {x}. Hvem synes du, jeg skal møde?',
    ),
    invitation: stageLines(
      'Jeg leder stadig efter den rigtige form. Hvis du også går op i det, hvad synes du, jeg skal læse?',
      'Jeg samler folk, som også går op i det her. Hvem synes du, jeg skal invitere?',
      'Jeg leder efter et første sted at prøve det af, og folk at gøre det med. Har du en idé?',
      'Jeg vil gerne tage det videre. Hvis du også går op i det, hvem skal jeg så møde?',
    ),
    and: 'og',
  },

  // Norwegian (Bokmål): "du".
  nb: {
    hookCore: 'Når alt kommer til alt, handler det om ett ord: {core}.',
    shared: [
      'Det har vi alle opplevd.',
      'Vi kjenner det alle sammen.',
      'Vi vet alle hvordan det føles.',
    ],
    work: [
      'Det jeg jobber med nå: {x}.',
      'Så dette er det jeg gjør nå: {x}.',
      'Helt konkret ser det slik ut: {x}.',
    ],
    forWhom: 'Jeg gjør det for dem: {x}.',
    landing: [
      'Det er dette det handler om: {core}.',
      'Alt kommer tilbake til ett ord: {core}.',
      'Det er mitt ord: {core}.',
    ],
    oneLiner: 'Det jeg gjør: {work} — fordi jeg tror på dette: {belief}.',
    oneLinerWorkOnly: 'Dette er det jeg gjør: {work}.',
    invitationWithAsks: stageLines(
      'Jeg leter fortsatt etter riktig form. Det som ville hjulpet meg: {x}. Hvem synes du jeg burde snakke med?',
      'Jeg samler folk som også bryr seg om dette. Det jeg ser etter: {x}. Kommer du på noen?',
      'Jeg velger nå et første konkret steg. Det jeg ser etter: {x}. Vet du om et sted der jeg kan prøve det ut?',
      'Nå vil jeg gjøre dette større. Det jeg ser etter: {x}. Hvem synes du jeg burde møte?',
    ),
    invitation: stageLines(
      'Jeg leter fortsatt etter riktig form. Hvis du også bryr deg om dette, hva synes du jeg burde lese?',
      'Jeg samler folk som også bryr seg om dette. Hvem synes du jeg burde invitere?',
      'Jeg leter etter et første sted å prøve det ut, og folk å gjøre det sammen med. Har du noen tips?',
      'Jeg vil ta dette videre. Hvis du også bryr deg om det, hvem burde jeg møte?',
    ),
    and: 'og',
  },

  // Finnish: "sinä"; every slot after a colon, so no case ending falls on the person's words.
  fi: {
    hookCore: 'Pohjimmiltaan kaikki tiivistyy yhteen sanaan: {core}.',
    shared: [
      'Olemme kaikki kokeneet sen tavalla tai toisella.',
      'Jokainen meistä tuntee sen.',
      'Me kaikki tiedämme, miltä se tuntuu.',
    ],
    work: [
      'Tätä teen nyt: {x}.',
      'Siksi työskentelen nyt tämän parissa: {x}.',
      'Käytännössä se tarkoittaa tätä: {x}.',
    ],
    forWhom: 'Teen tätä näiden ihmisten vuoksi: {x}.',
    landing: [
      'Siitä tässä on kyse: {core}.',
      'Kaikki palaa yhteen sanaan: {core}.',
      'Se on minun sanani: {core}.',
    ],
    oneLiner: 'Teen tätä: {work} — koska uskon tähän: {belief}.',
    oneLinerWorkOnly: 'Tätä minä teen: {work}.',
    invitationWithAsks: stageLines(
      'Etsin sille vielä oikeaa muotoa. Minua auttaisi tämä: {x}. Kenen kanssa minun kannattaisi mielestäsi puhua?',
      'Kokoan yhteen ihmisiä, joille tämä on myös tärkeää. Etsin tätä: {x}. Tuleeko sinulle joku mieleen?',
      'Mietin nyt ensimmäistä konkreettista askelta. Etsin tätä: {x}. Tiedätkö paikan, jossa voisin kokeilla sitä?',
      'Haluan viedä tätä eteenpäin. Etsin tätä: {x}. Kenet minun kannattaisi mielestäsi tavata?',
    ),
    invitation: stageLines(
      'Etsin sille vielä oikeaa muotoa. Jos tämä on sinullekin tärkeää, mitä minun kannattaisi lukea?',
      'Kokoan yhteen ihmisiä, joille tämä on myös tärkeää. Kenet minun kannattaisi kutsua mukaan?',
      'Etsin ensimmäistä paikkaa, jossa voisin kokeilla tätä, ja ihmisiä mukaan. Onko sinulla ideoita?',
      'Haluan viedä tätä pidemmälle. Jos tämä on sinullekin tärkeää, kenet minun kannattaisi tavata?',
    ),
    and: 'ja',
  },

  // Russian: informal "ты"; no gendered first-person forms (должен/должна) so any speaker fits.
  ru: {
    hookCore: 'По сути, всё сводится к одному слову: {core}.',
    shared: [
      'Каждый из нас так или иначе с этим сталкивался.',
      'Со всеми нами такое бывало.',
      'Мы все знаем, каково это.',
    ],
    work: [
      'Чем я занимаюсь сейчас: {x}.',
      'Поэтому сейчас я делаю вот что: {x}.',
      'Конкретно это выглядит так: {x}.',
    ],
    forWhom: 'Я делаю это ради них: {x}.',
    landing: [
      'Вот в чём суть: {core}.',
      'Всё возвращается к одному слову: {core}.',
      'Это моё слово: {core}.',
    ],
    oneLiner: 'Что я делаю: {work} — потому что верю в это: {belief}.',
    oneLinerWorkOnly: 'Вот чем я занимаюсь: {work}.',
    invitationWithAsks: stageLines(
      'Я ещё ищу правильную форму. Мне бы очень помогло вот что: {x}. С кем, как думаешь, мне стоит поговорить?',
      'Я собираю людей, которым это тоже важно. Я ищу вот что: {x}. Есть кто-нибудь на примете?',
      'Я выбираю первый конкретный шаг. Я ищу вот что: {x}. Знаешь место, где можно это попробовать?',
      'Теперь хочу развивать это дальше. Я ищу вот что: {x}. С кем, как думаешь, мне стоит познакомиться?',
    ),
    invitation: stageLines(
      'Я ещё ищу правильную форму. Если тебе это тоже близко, что посоветуешь почитать?',
      'Я собираю людей, которым это тоже важно. Кого, как думаешь, мне стоит позвать?',
      'Я ищу первое место, где это можно попробовать, и людей, которые захотят присоединиться. Есть идеи?',
      'Я хочу, чтобы это пошло дальше. Если тебе это тоже близко, с кем мне стоит познакомиться?',
    ),
    and: 'и',
  },

  // Ukrainian: informal "ти"; no gendered first-person forms, as in Russian.
  uk: {
    hookCore: 'По суті, усе зводиться до одного слова: {core}.',
    shared: [
      'Кожен із нас так чи інакше з цим стикався.',
      'З усіма нами таке бувало.',
      'Ми всі знаємо це відчуття.',
    ],
    work: [
      'Чим я займаюся зараз: {x}.',
      'Тому зараз я роблю ось що: {x}.',
      'Конкретно це виглядає так: {x}.',
    ],
    forWhom: 'Я роблю це заради них: {x}.',
    landing: [
      'Ось у чому суть: {core}.',
      'Усе повертається до одного слова: {core}.',
      'Це моє слово: {core}.',
    ],
    oneLiner: 'Що я роблю: {work} — бо вірю в це: {belief}.',
    oneLinerWorkOnly: 'Ось чим я займаюся: {work}.',
    invitationWithAsks: stageLines(
      'Я ще шукаю правильну форму. Мені б дуже допомогло ось що: {x}. З ким, як думаєш, мені варто поговорити?',
      'Я збираю людей, яким це теж важливо. Я шукаю ось що: {x}. Маєш когось на думці?',
      'Я обираю перший конкретний крок. Я шукаю ось що: {x}. Знаєш місце, де можна це спробувати?',
      'Тепер хочу розвивати це далі. Я шукаю ось що: {x}. З ким, як думаєш, мені варто познайомитися?',
    ),
    invitation: stageLines(
      'Я ще шукаю правильну форму. Якщо тобі це теж близько, що порадиш почитати?',
      'Я збираю людей, яким це теж важливо. Кого, як думаєш, мені варто покликати?',
      'Я шукаю перше місце, де це можна спробувати, і людей, які захочуть долучитися. Є ідеї?',
      'Я хочу, щоб це пішло далі. Якщо тобі це теж близько, з ким мені варто познайомитися?',
    ),
    and: 'і',
  },

  // Turkish: informal "sen"; every slot after a colon, so no suffix falls on the person's words.
  tr: {
    hookCore: 'Özünde her şey tek bir kelimede toplanıyor: {core}.',
    shared: [
      'Hepimiz bunu bir şekilde yaşadık.',
      'Bu hepimizin başına gelmiştir.',
      'Bunun nasıl bir his olduğunu hepimiz biliriz.',
    ],
    work: [
      'Şu an üzerinde çalıştığım şey: {x}.',
      'Bu yüzden şu an bunu yapıyorum: {x}.',
      'Somut olarak yaptığım şey: {x}.',
    ],
    forWhom: 'Bunu onlar için yapıyorum: {x}.',
    landing: [
      'Mesele tam olarak bu: {core}.',
      'Her şey dönüp dolaşıp aynı kelimeye çıkıyor: {core}.',
      'Benim kelimem bu: {core}.',
    ],
    oneLiner: 'Yaptığım şey: {work} — çünkü buna inanıyorum: {belief}.',
    oneLinerWorkOnly: 'Yaptığım şey bu: {work}.',
    invitationWithAsks: stageLines(
      'Henüz tam şeklini bulamadım. Bana en çok yardımcı olacak şey: {x}. Sence kiminle konuşmalıyım?',
      'Bunu önemseyen insanları bir araya getiriyorum. Aradığım şey: {x}. Aklına biri geliyor mu?',
      'İlk somut adımı seçiyorum. Aradığım şey: {x}. Bunu deneyebileceğim bir yer biliyor musun?',
      'Şimdi bunu büyütmek istiyorum. Aradığım şey: {x}. Sence kiminle tanışmalıyım?',
    ),
    invitation: stageLines(
      'Henüz tam şeklini bulamadım. Bu senin için de önemliyse, ne okumamı önerirsin?',
      'Bunu önemseyen insanları bir araya getiriyorum. Sence kimi davet etmeliyim?',
      'Bunu deneyebileceğim ilk yeri ve bana katılacak insanları arıyorum. Aklına bir şey geliyor mu?',
      'Bunu daha ileriye taşımak istiyorum. Bu senin için de önemliyse, sence kiminle tanışmalıyım?',
    ),
    and: 've',
  },

  // Czech: informal "ty"; no gendered first-person forms (měl/měla bych) so any speaker fits.
  cs: {
    hookCore: 'V jádru jde o jediné slovo: {core}.',
    shared: ['Každý z nás to nějak zažil.', 'Všichni to známe.', 'Všichni víme, jaké to je.'],
    work: [
      'Na čem teď pracuju: {x}.',
      'Proto teď dělám tohle: {x}.',
      'Konkrétně to vypadá takhle: {x}.',
    ],
    forWhom: 'Dělám to pro ně: {x}.',
    landing: [
      'O tom to celé je: {core}.',
      'Všechno se vrací k jednomu slovu: {core}.',
      'To je moje slovo: {core}.',
    ],
    oneLiner: 'Co dělám: {work} — protože věřím tomuhle: {belief}.',
    oneLinerWorkOnly: 'Tohle je to, co dělám: {work}.',
    invitationWithAsks: stageLines(
      'Pořád hledám tu správnou podobu. Hodně by mi pomohlo tohle: {x}. S kým si o tom podle tebe mám promluvit?',
      'Dávám dohromady lidi, kterým na tom taky záleží. Hledám tohle: {x}. Napadá tě někdo?',
      'Vybírám první konkrétní krok. Hledám tohle: {x}. Víš o místě, kde se to dá vyzkoušet?',
      'Teď to chci posunout dál. Hledám tohle: {x}. S kým se mám podle tebe seznámit?',
    ),
    invitation: stageLines(
      'Pořád hledám tu správnou podobu. Jestli ti na tom taky záleží, co mi doporučíš si přečíst?',
      'Dávám dohromady lidi, kterým na tom taky záleží. Koho mám podle tebe pozvat?',
      'Hledám první místo, kde to vyzkoušet, a lidi, kteří se přidají. Máš nějaký nápad?',
      'Chci s tím jít dál. Jestli ti na tom taky záleží, s kým se mám seznámit?',
    ),
    and: 'a',
  },

  // Romanian: informal "tu".
  ro: {
    hookCore: 'În fond, totul se reduce la un singur cuvânt: {core}.',
    shared: [
      'Toți am trecut prin asta, într-un fel sau altul.',
      'Fiecăruia dintre noi i s-a întâmplat.',
      'Știm cu toții cum e.',
    ],
    work: ['La ce lucrez acum: {x}.', 'Așa că acum fac asta: {x}.', 'Concret, asta fac: {x}.'],
    forWhom: 'O fac pentru ei: {x}.',
    landing: [
      'Despre asta e vorba: {core}.',
      'Totul se întoarce la un cuvânt: {core}.',
      'Ăsta e cuvântul meu: {core}.',
    ],
    oneLiner: 'Ce fac: {work} — pentru că cred în asta: {belief}.',
    oneLinerWorkOnly: 'Asta fac: {work}.',
    invitationWithAsks: stageLines(
      'Încă îi caut forma potrivită. M-ar ajuta mult asta: {x}. Cu cine crezi că ar trebui să vorbesc?',
      'Adun oameni cărora le pasă de asta. Ce caut: {x}. Te gândești la cineva?',
      'Aleg acum un prim pas concret. Ce caut: {x}. Știi un loc unde aș putea încerca asta?',
      'Acum vreau să duc asta mai departe. Ce caut: {x}. Pe cine crezi că ar trebui să cunosc?',
    ),
    invitation: stageLines(
      'Încă îi caut forma potrivită. Dacă și ție îți pasă, ce mi-ai recomanda să citesc?',
      'Adun oameni cărora le pasă de asta. Pe cine crezi că ar trebui să invit?',
      'Caut un prim loc unde să încerc asta și oameni care să mi se alăture. Ai vreo idee?',
      'Vreau să duc asta mai departe. Dacă și ție îți pasă, pe cine ar trebui să cunosc?',
    ),
    and: 'și',
  },

  // Hungarian: informal "te"; every slot after a colon, so no suffix or article falls on the
  // person's words.
  hu: {
    hookCore: 'Lényegében minden egyetlen szó körül forog: {core}.',
    shared: [
      'Mindannyian átéltük már így vagy úgy.',
      'Ez mindannyiunkkal megtörtént már.',
      'Mindannyian tudjuk, milyen érzés.',
    ],
    work: [
      'Amin most dolgozom: {x}.',
      'Ezért most ezt csinálom: {x}.',
      'Konkrétan így néz ki: {x}.',
    ],
    forWhom: 'Értük csinálom: {x}.',
    landing: [
      'Erről szól az egész: {core}.',
      'Minden ugyanahhoz a szóhoz tér vissza: {core}.',
      'Ez az én szavam: {core}.',
    ],
    oneLiner: 'Amit csinálok: {work} — mert ebben hiszek: {belief}.',
    oneLinerWorkOnly: 'Ezt csinálom: {work}.',
    invitationWithAsks: stageLines(
      'Még keresem a megfelelő formát. Ez sokat segítene: {x}. Szerinted kivel kellene beszélnem?',
      'Olyan embereket hozok össze, akiknek ez szintén fontos. Amit keresek: {x}. Eszedbe jut valaki?',
      'Most választom ki az első konkrét lépést. Amit keresek: {x}. Tudsz egy helyet, ahol kipróbálhatnám?',
      'Most szeretném továbbvinni. Amit keresek: {x}. Szerinted kivel kellene megismerkednem?',
    ),
    invitation: stageLines(
      'Még keresem a megfelelő formát. Ha neked is fontos, szerinted mit érdemes elolvasnom?',
      'Olyan embereket hozok össze, akiknek ez szintén fontos. Szerinted kit hívjak meg?',
      'Keresek egy első helyet, ahol kipróbálhatom, és embereket, akik csatlakoznának. Van ötleted?',
      'Szeretném továbbvinni. Ha neked is fontos, szerinted kivel kellene találkoznom?',
    ),
    and: 'és',
  },

  // Indonesian: "aku" and "kamu" (the one question says "bagimu"), warm and everyday.
  id: {
    hookCore: 'Pada dasarnya, semuanya bermuara pada satu kata: {core}.',
    shared: [
      'Kita semua pernah mengalaminya.',
      'Masing-masing dari kita pasti pernah merasakannya.',
      'Kita semua tahu rasanya.',
    ],
    work: [
      'Yang sedang aku kerjakan sekarang: {x}.',
      'Jadi, inilah yang sedang aku lakukan: {x}.',
      'Konkretnya seperti ini: {x}.',
    ],
    forWhom: 'Aku melakukannya untuk mereka: {x}.',
    landing: [
      'Itulah intinya: {core}.',
      'Semuanya kembali ke satu kata: {core}.',
      'Itulah kata yang aku pegang: {core}.',
    ],
    oneLiner: 'Yang aku lakukan: {work} — karena aku percaya ini: {belief}.',
    oneLinerWorkOnly: 'Inilah yang aku lakukan: {work}.',
    invitationWithAsks: stageLines(
      'Aku masih mencari bentuk yang pas. Yang akan sangat membantu: {x}. Menurutmu, aku sebaiknya bicara dengan siapa?',
      'Aku sedang mengumpulkan orang-orang yang juga peduli. Yang aku cari: {x}. Ada yang terlintas di pikiranmu?',
      'Aku sedang memilih langkah pertama yang konkret. Yang aku cari: {x}. Kamu tahu tempat untuk mencobanya?',
      'Sekarang aku ingin membawanya lebih jauh. Yang aku cari: {x}. Menurutmu, aku sebaiknya bertemu siapa?',
    ),
    invitation: stageLines(
      'Aku masih mencari bentuk yang pas. Kalau kamu juga peduli, ada bacaan yang kamu sarankan?',
      'Aku sedang mengumpulkan orang-orang yang juga peduli. Menurutmu, siapa yang sebaiknya aku ajak?',
      'Aku mencari tempat pertama untuk mencobanya, dan orang-orang yang mau ikut. Ada ide?',
      'Aku ingin membawa ini lebih jauh. Kalau kamu juga peduli, menurutmu aku sebaiknya bertemu siapa?',
    ),
    and: 'dan',
  },

  // Greek: informal "εσύ"; questions end on ";", as Greek writes them.
  el: {
    hookCore: 'Στην ουσία, όλα καταλήγουν σε μία λέξη: {core}.',
    shared: [
      'Όλοι μας το έχουμε ζήσει κάποια στιγμή.',
      'Ο καθένας μας το ξέρει από κοντά.',
      'Όλοι ξέρουμε πώς είναι.',
    ],
    work: [
      'Αυτό που κάνω τώρα: {x}.',
      'Έτσι, τώρα δουλεύω πάνω σε αυτό: {x}.',
      'Στην πράξη, αυτό σημαίνει: {x}.',
    ],
    forWhom: 'Το κάνω για αυτούς τους ανθρώπους: {x}.',
    landing: [
      'Αυτή είναι η ουσία: {core}.',
      'Όλα γυρίζουν σε μία λέξη: {core}.',
      'Αυτή είναι η λέξη μου: {core}.',
    ],
    oneLiner: 'Αυτό που κάνω: {work} — γιατί πιστεύω σε αυτό: {belief}.',
    oneLinerWorkOnly: 'Αυτό είναι που κάνω: {work}.',
    invitationWithAsks: stageLines(
      'Ακόμα ψάχνω τη σωστή μορφή. Θα με βοηθούσε πολύ αυτό: {x}. Με ποιον λες να μιλήσω;',
      'Μαζεύω ανθρώπους που νοιάζονται για το ίδιο πράγμα. Αυτό που ψάχνω: {x}. Σου έρχεται κάποιος στο μυαλό;',
      'Διαλέγω ένα πρώτο συγκεκριμένο βήμα. Αυτό που ψάχνω: {x}. Ξέρεις κάποιο μέρος όπου θα μπορούσα να το δοκιμάσω;',
      'Τώρα θέλω να το πάω πιο μακριά. Αυτό που ψάχνω: {x}. Ποιον λες να γνωρίσω;',
    ),
    invitation: stageLines(
      'Ακόμα ψάχνω τη σωστή μορφή. Αν σε αγγίζει κι εσένα, τι μου προτείνεις να διαβάσω;',
      'Μαζεύω ανθρώπους που νοιάζονται για το ίδιο πράγμα. Ποιον λες να καλέσω;',
      'Ψάχνω ένα πρώτο μέρος για να το δοκιμάσω, και ανθρώπους να το κάνουμε μαζί. Έχεις καμιά ιδέα;',
      'Θέλω να το πάω πιο μακριά. Αν σε αγγίζει κι εσένα, ποιον λες να γνωρίσω;',
    ),
    and: 'και',
  },

  // Japanese: plain polite です/ます (the one question says あなた, and Japanese leaves "you"
  // unsaid where it can); the person's words after a full-width colon, the core word in 「」.
  ja: {
    hookCore: '突き詰めると、すべては「{core}」という言葉に行き着きます。',
    shared: [
      '誰もが一度は経験したことがあると思います。',
      '私たちの誰にでも、覚えがあることです。',
      'その気持ち、きっと誰もが知っています。',
    ],
    work: [
      '今取り組んでいること：{x}。',
      'だから今、これをやっています：{x}。',
      '具体的には、こういうことです：{x}。',
    ],
    forWhom: 'この人たちのためにやっています：{x}。',
    landing: [
      'つまり、「{core}」なんです。',
      'すべては「{core}」という言葉に戻ってきます。',
      'それが私の言葉、「{core}」です。',
    ],
    oneLiner: '私がしていること：{work}——信じていること：{belief}。',
    oneLinerWorkOnly: '私がしていること：{work}。',
    invitationWithAsks: stageLines(
      'まだ形を探しているところです。助けになるもの：{x}。誰と話してみるといいと思いますか？',
      '同じ思いを持つ人たちを集めています。探しているもの：{x}。誰か思い当たる人はいますか？',
      '最初の具体的な一歩を選んでいるところです。探しているもの：{x}。試せそうな場所を知りませんか？',
      'これをもっと広げたいと思っています。探しているもの：{x}。誰に会うといいと思いますか？',
    ),
    invitation: stageLines(
      'まだ形を探しているところです。同じことが気になるなら、おすすめの読み物はありますか？',
      '同じ思いを持つ人たちを集めています。誰を誘うといいと思いますか？',
      'まず試せる場所と、一緒にやってくれる人を探しています。心当たりはありますか？',
      'これをもっと広げたいんです。同じ思いなら、誰に会うといいと思いますか？',
    ),
    and: 'と',
  },

  // Chinese (Simplified): "你", spoken and plain.
  zh: {
    hookCore: '说到底，其实就是一个词：{core}。',
    shared: ['我们每个人都经历过。', '这种事，谁都遇到过。', '我们都知道那是什么滋味。'],
    work: ['我现在在做的是：{x}。', '所以，我现在在做这件事：{x}。', '具体来说，就是：{x}。'],
    forWhom: '我做这件事，是为了他们：{x}。',
    landing: ['说白了，就是：{core}。', '一切都回到这个词：{core}。', '这就是我想说的：{core}。'],
    oneLiner: '我做的事：{work}——因为我相信：{belief}。',
    oneLinerWorkOnly: '这就是我在做的事：{work}。',
    invitationWithAsks: stageLines(
      '我还在摸索它的样子。对我最有帮助的是：{x}。你觉得我该找谁聊聊？',
      '我在召集同样在乎这件事的人。我在找：{x}。你能想到谁吗？',
      '我正在选第一个具体的步骤。我在找：{x}。你知道哪里可以先试试吗？',
      '现在我想把它做大。我在找：{x}。你觉得我该认识谁？',
    ),
    invitation: stageLines(
      '我还在摸索它的样子。如果你也在乎，有什么推荐我读的吗？',
      '我在召集同样在乎这件事的人。你觉得我该邀请谁？',
      '我在找第一个可以试一试的地方，还有愿意一起做的人。你有什么想法吗？',
      '我想让它走得更远。如果你也在乎，你觉得我该认识谁？',
    ),
    and: '和',
  },

  // Korean: polite 해요체 (반말 to a listener just met is not natural); "you" left unsaid.
  ko: {
    hookCore: '결국 한 단어로 말할 수 있어요: {core}.',
    shared: [
      '우리 모두 한 번쯤 겪어 본 일이에요.',
      '누구나 그런 적이 있을 거예요.',
      '그게 어떤 기분인지 우리 모두 알아요.',
    ],
    work: [
      '지금 제가 하고 있는 일: {x}.',
      '그래서 지금 이걸 하고 있어요: {x}.',
      '구체적으로 말하면 이래요: {x}.',
    ],
    forWhom: '이 사람들을 위해 하고 있어요: {x}.',
    landing: [
      '결국 이게 핵심이에요: {core}.',
      '모든 건 한 단어로 돌아와요: {core}.',
      '제가 붙잡고 있는 단어예요: {core}.',
    ],
    oneLiner: '제가 하는 일: {work} — 이걸 믿기 때문이에요: {belief}.',
    oneLinerWorkOnly: '제가 하는 일은 이거예요: {work}.',
    invitationWithAsks: stageLines(
      '아직 모양을 잡아 가는 중이에요. 도움이 될 것 같은 건: {x}. 누구와 이야기해 보면 좋을까요?',
      '같은 걸 중요하게 여기는 사람들을 모으고 있어요. 찾고 있는 건: {x}. 떠오르는 사람이 있나요?',
      '첫 번째 구체적인 한 걸음을 고르고 있어요. 찾고 있는 건: {x}. 시도해 볼 만한 곳을 아세요?',
      '이제 이걸 더 키우고 싶어요. 찾고 있는 건: {x}. 누구를 만나 보면 좋을까요?',
    ),
    invitation: stageLines(
      '아직 모양을 잡아 가는 중이에요. 같은 걸 고민하신다면, 읽어 볼 만한 게 있을까요?',
      '같은 걸 중요하게 여기는 사람들을 모으고 있어요. 누구를 초대하면 좋을까요?',
      '처음 시도해 볼 곳과 함께할 사람들을 찾고 있어요. 혹시 생각나는 게 있나요?',
      '이걸 더 멀리 가져가고 싶어요. 같은 걸 중요하게 여기신다면, 누구를 만나 보면 좋을까요?',
    ),
    and: '그리고',
  },

  // Vietnamese: "mình" and "bạn", warm and everyday. (Its words are counted by syllable, as
  // countWords counts them, so the lines are kept short.)
  vi: {
    hookCore: 'Suy cho cùng, tất cả gói gọn trong một chữ: {core}.',
    shared: [
      'Ai trong chúng ta cũng từng trải qua.',
      'Chúng ta ai cũng biết cảm giác đó.',
      'Ai cũng đã từng như thế.',
    ],
    work: [
      'Việc mình đang làm bây giờ: {x}.',
      'Vì thế, mình đang bắt tay vào: {x}.',
      'Cụ thể là: {x}.',
    ],
    forWhom: 'Mình làm điều này vì họ: {x}.',
    landing: [
      'Điều cốt lõi chính là: {core}.',
      'Mọi thứ đều quay về một chữ: {core}.',
      'Chữ mình luôn giữ là: {core}.',
    ],
    oneLiner: 'Việc mình làm: {work} — vì mình tin rằng: {belief}.',
    oneLinerWorkOnly: 'Đây là việc mình làm: {work}.',
    invitationWithAsks: stageLines(
      'Mình vẫn đang định hình ý tưởng này. Điều sẽ giúp mình: {x}. Theo bạn, mình nên nói chuyện với ai?',
      'Mình đang kết nối những ai cùng quan tâm. Mình đang tìm: {x}. Bạn có nghĩ ra ai không?',
      'Mình đang chọn bước đi cụ thể đầu tiên. Mình đang tìm: {x}. Bạn có biết chỗ nào để thử không?',
      'Giờ mình muốn đưa nó đi xa hơn. Mình đang tìm: {x}. Theo bạn, mình nên gặp ai?',
    ),
    invitation: stageLines(
      'Mình vẫn đang định hình ý tưởng này. Nếu bạn cũng quan tâm, bạn gợi ý mình đọc gì?',
      'Mình đang kết nối những ai cùng quan tâm. Theo bạn, mình nên mời ai?',
      'Mình đang tìm nơi đầu tiên để thử, và những ai muốn cùng làm. Bạn có ý tưởng nào không?',
      'Mình muốn đưa điều này đi xa hơn. Nếu bạn cũng quan tâm, mình nên gặp ai?',
    ),
    and: 'và',
  },
  // Arabic, Hebrew, Hindi, Bengali, Persian, Swahili, Tagalog, Catalan, Thai and Malay.
  ...MORE_LANGUAGE_LINES,
}
