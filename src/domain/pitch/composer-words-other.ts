import type { Stage } from './answers'

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

/** The four stage lines in the wizard's order: vague, convening, narrowing, growing. */
const stages = (
  vague: string,
  convening: string,
  narrowing: string,
  growing: string,
): Record<Stage, string> => ({
  vague,
  convening,
  narrowing,
  growing,
})

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
    invitationWithAsks: stages(
      'Todavía le estoy dando forma, y me vendría muy bien esto: {x}. ¿Con quién crees que debería hablar?',
      'Estoy reuniendo a personas a las que les importa lo mismo. Busco esto: {x}. ¿Se te ocurre alguien?',
      'Estoy eligiendo un primer paso concreto, y busco esto: {x}. ¿Conoces algún sitio donde pueda probarlo?',
      'Ahora quiero llevarlo más lejos, y busco esto: {x}. ¿A quién crees que debería conocer?',
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      "Je cherche encore la bonne forme. Ce qui m'aiderait : {x}. Tu penses à quelqu'un avec qui en parler ?",
      "Je réunis des gens que ça touche aussi. Ce que je cherche : {x}. Tu vois quelqu'un ?",
      "Je choisis un premier pas concret. Ce que je cherche : {x}. Tu connais un endroit où je pourrais l'essayer ?",
      "Je veux donner plus d'ampleur à tout ça. Ce que je cherche : {x}. Qui devrais-je rencontrer, à ton avis ?",
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      'Ich suche noch nach der richtigen Form. Was mir helfen würde: {x}. Mit wem sollte ich darüber reden?',
      'Ich bringe Menschen zusammen, denen das auch wichtig ist. Was ich suche: {x}. Fällt dir jemand ein?',
      'Ich wähle gerade einen ersten konkreten Schritt. Was ich suche: {x}. Kennst du einen Ort, an dem ich es ausprobieren könnte?',
      'Ich möchte das größer machen. Was ich suche: {x}. Wen sollte ich deiner Meinung nach kennenlernen?',
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      'Ainda procuro a forma certa. O que me ajudaria: {x}. Com quem você acha que eu deveria conversar?',
      'Reúno pessoas a quem isto também importa. O que procuro: {x}. Você conhece alguém?',
      'Escolho agora um primeiro passo concreto. O que procuro: {x}. Você conhece um lugar onde eu possa testar a ideia?',
      'Quero levar isto mais longe. O que procuro: {x}. Quem você acha que eu deveria conhecer?',
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      'Sto ancora cercando la forma giusta. Quello che mi aiuterebbe: {x}. Con chi dovrei parlarne, secondo te?',
      'Sto riunendo persone a cui questo sta a cuore. Quello che cerco: {x}. Ti viene in mente qualcuno?',
      'Sto scegliendo un primo passo concreto. Quello che cerco: {x}. Conosci un posto dove potrei provarci?',
      'Voglio far crescere tutto questo. Quello che cerco: {x}. Chi dovrei conoscere, secondo te?',
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      'Ik zoek nog naar de juiste vorm. Wat me zou helpen: {x}. Met wie zou ik moeten praten, denk je?',
      'Ik breng mensen samen die dit ook belangrijk vinden. Wat ik zoek: {x}. Ken jij iemand?',
      'Ik kies nu een eerste concrete stap. Wat ik zoek: {x}. Weet jij een plek waar ik het kan uitproberen?',
      'Ik wil dit groter maken. Wat ik zoek: {x}. Wie zou ik volgens jou moeten ontmoeten?',
    ),
    invitation: stages(
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
    invitationWithAsks: stages(
      'Wciąż szukam właściwego kształtu. Co by mi pomogło: {x}. Z kim twoim zdaniem warto o tym porozmawiać?',
      'Zbieram ludzi, którym też na tym zależy. Czego szukam: {x}. Przychodzi ci ktoś do głowy?',
      'Wybieram teraz pierwszy konkretny krok. Czego szukam: {x}. Znasz miejsce, gdzie można by to wypróbować?',
      'Chcę to rozwinąć na większą skalę. Czego szukam: {x}. Z kim twoim zdaniem warto się spotkać?',
    ),
    invitation: stages(
      'Wciąż szukam właściwego kształtu. Jeśli tobie też na tym zależy, co warto przeczytać?',
      'Zbieram ludzi, którym też na tym zależy. Kogo twoim zdaniem warto zaprosić?',
      'Szukam pierwszego miejsca, żeby to wypróbować, i ludzi, którzy chcą się przyłączyć. Masz jakiś pomysł?',
      'Chcę pójść z tym dalej. Jeśli tobie też na tym zależy, z kim warto się spotkać?',
    ),
    and: 'i',
  },
}
