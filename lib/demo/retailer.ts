import { randomUUID } from 'node:crypto';
import { decideAsAuthor } from '@/lib/complaints/author-decision';
import { rateComplaint } from '@/lib/complaints/rate';
import { setComplaintStatus } from '@/lib/complaints/set-status';
import type { DemoProfile } from './profile';
import { say } from './story';

// The other kind of company Tertulia is for: a chain of mobile-phone shops whose customers learn
// about their devices from each other and from the shops, and complain where the shops can answer.
const DOMAIN = 'movilplaza.test';

export const RETAILER_ACCOUNTS = {
  manager: `direccion@${DOMAIN}`,
  staff: `raquel@${DOMAIN}`,
  staff2: `victor@${DOMAIN}`,
  staff3: `ines@${DOMAIN}`,
  member: `sofia@${DOMAIN}`,
} as const;

export const RETAILER: DemoProfile = {
  kind: 'retailer',
  settings: {
    name: 'MóvilPlaza',
    welcomeText: 'Bienvenido a la comunidad de MóvilPlaza: trucos para sacar partido a tu móvil, ofertas de tu tienda y un sitio donde contarnos lo que no funciona.',
    welcomeTextEn: 'Welcome to the MóvilPlaza community: tips to get the most from your phone, offers from your shop, and a place to tell us what does not work.',
    primaryColor: '#7e22ce',
    accentColor: '#0f766e',
    defaultLocale: 'es',
    askMembershipNumber: true,
  },
  // Staff per shop: each signs with their shop.
  staff: [
    { email: RETAILER_ACCOUNTS.manager, displayName: 'Beatriz Salas', role: 'manager', staffTitle: 'Directora de atención al cliente' },
    { email: RETAILER_ACCOUNTS.staff, displayName: 'Raquel Ortiz', role: 'staff', staffTitle: 'Tienda Gran Vía' },
    { email: RETAILER_ACCOUNTS.staff2, displayName: 'Víctor Peña', role: 'staff', staffTitle: 'Tienda Nervión' },
    { email: RETAILER_ACCOUNTS.staff3, displayName: 'Inés Rovira', role: 'staff', staffTitle: 'Servicio técnico' },
  ],
  memberEmail: { name: 'Sofía Marín', email: RETAILER_ACCOUNTS.member },
  emailDomain: DOMAIN,
  numberPrefix: 'C-',
  memberNames: [
    'Sofía Marín', 'Alberto Ramos', 'Noelia Cruz', 'Rubén Iglesias', 'Patricia Soto', 'Gonzalo Reyes',
    'Lorena Méndez', 'Marcos Pastor', 'Silvia Carrasco', 'Héctor Nieto', 'Julia Calvo', 'Samuel Fuentes',
    'Eva Domínguez', 'Rafael Aguilar', 'Clara Bravo', 'Tomás Herrero', 'Celia Rojas', 'Ismael Vidal',
    'Nerea Gallego', 'Fernando Lorenzo', 'Aitana Santana', 'Joaquín Cabrera', 'Olga Medina', 'Bruno Sanz',
  ],
  longTenured: { name: 'Fernando Lorenzo', since: new Date('2007-04-20T00:00:00Z') },
  groups: [
    { slug: 'trucos-iphone', name: 'Trucos para tu iPhone', visibility: 'open', description: 'Atajos, ajustes de batería, copias de seguridad y todo lo que tu iPhone sabe hacer.', descriptionEn: 'Shortcuts, battery settings, backups and everything your iPhone can do.' },
    { slug: 'android', name: 'Android', visibility: 'open', description: 'Samsung, Xiaomi, Pixel y compañía: configuración, actualizaciones y aplicaciones.', descriptionEn: 'Samsung, Xiaomi, Pixel and friends: settings, updates and apps.' },
    { slug: 'ofertas', name: 'Ofertas de la tienda', visibility: 'open', description: 'Las promociones de cada tienda, los renuevos y las tarifas del mes.', descriptionEn: 'Each shop’s promotions, trade-ins and this month’s plans.' },
    { slug: 'probadores', name: 'Club de probadores', visibility: 'request', description: 'Clientes que prueban los móviles nuevos antes que nadie y cuentan qué tal.', descriptionEn: 'Customers who try the new phones before anyone else and say how it went.' },
  ],
  threads: {
    'trucos-iphone': [
      {
        title: 'Cómo hacer que la batería dure todo el día',
        poll: { question: '¿Cuánto te dura la batería?', options: ['Todo el día', 'Hasta la tarde', 'Tengo que cargar a mediodía'] },
        posts: [
          'Tras actualizar, mi iPhone 13 no llega a la noche. Lo que me ha funcionado:\n\n- **Carga optimizada** activada\n- Brillo automático\n- Quitar la actualización en segundo plano a las apps que no uso',
          'Yo añadiría revisar **Ajustes → Batería**: ahí se ve qué app gasta más.',
          'En la tienda de Gran Vía me revisaron la salud de la batería gratis: estaba al 78 %.',
        ],
      },
      { title: 'Pasar las fotos del iPhone al ordenador sin cables', posts: ['¿Cuál es la forma más sencilla de pasar 2.000 fotos a un PC con Windows?', 'Con iCloud para Windows se sincronizan solas; si no quieres la nube, la app Fotos de Windows las importa por cable.'] },
    ],
    android: [
      {
        title: 'Liberar espacio en un Samsung sin perder nada',
        posts: ['Mi Galaxy A54 dice que no tiene espacio. ¿Qué puedo borrar sin miedo?', 'Mira en **Mantenimiento del dispositivo → Almacenamiento**: los vídeos de WhatsApp suelen ser lo que más ocupa.'],
      },
      { title: '¿Merece la pena actualizar a Android 15?', posts: ['Tengo un Pixel 7. ¿Alguien ha notado problemas tras actualizar?', 'Yo actualicé la semana pasada y va igual de fluido; la batería incluso mejor.'] },
    ],
    ofertas: [{ title: 'Renove de otoño: cuánto dan por un móvil usado', posts: ['En Nervión me daban 120 € por mi iPhone 11 en buen estado al comprar uno nuevo. ¿En otras tiendas igual?'] }],
    probadores: [{ title: 'Primeras impresiones del plegable', posts: ['Llevo una semana con el plegable de prueba. La bisagra va muy bien; el pliegue de la pantalla se nota poco.'] }],
  },
  complaintLists: {
    categories: [
      { name: 'Reparaciones', nameEn: 'Repairs' },
      { name: 'Facturación', nameEn: 'Billing' },
      { name: 'Cobertura', nameEn: 'Coverage' },
      { name: 'Atención en tienda', nameEn: 'In-shop attention' },
      { name: 'Pedidos y envíos', nameEn: 'Orders and delivery' },
    ],
    branches: [
      { name: 'Tienda Gran Vía', nameEn: 'Gran Vía shop' },
      { name: 'Tienda Nervión', nameEn: 'Nervión shop' },
      { name: 'Tienda Ruzafa', nameEn: 'Ruzafa shop' },
      { name: 'Tienda online', nameEn: 'Online shop' },
    ],
    teams: [
      { name: 'Servicio técnico', members: [RETAILER_ACCOUNTS.staff3] },
      { name: 'Facturación', members: [] },
      { name: 'Atención en tienda', members: [RETAILER_ACCOUNTS.staff, RETAILER_ACCOUNTS.staff2] },
    ],
  },
  staffNames: ['Raquel Ortiz', 'Víctor Peña', 'Inés Rovira'],
  // The same variety as the club: resolved and rated, closed without a solution, waiting, grouped by
  // many "me too", and a customer of nineteen years nobody has answered.
  stories: [
    {
      author: 'Sofía Marín',
      title: 'Llevé el móvil a reparar la pantalla y me lo devolvieron con la cámara rota',
      body: 'Dejé mi iPhone 12 en la tienda de Gran Vía para cambiar la pantalla. Me lo devolvieron a los cinco días y la cámara trasera sale borrosa.',
      category: 'Reparaciones',
      branch: 'Tienda Gran Vía',
      daysAgo: 14,
      meToo: ['Noelia Cruz'],
      steps: [
        say(4, 'Inés Rovira', 'official_reply', 'Lo sentimos mucho, Sofía. Gracias por contarlo con detalle: tráelo cuando puedas y el servicio técnico lo revisa en el momento.'),
        say(48, 'Inés Rovira', 'propose_solution', 'Hemos cambiado el módulo de cámara sin coste; lo tienes listo en la tienda. ¿Nos confirmas que ya hace bien las fotos?'),
        { after: 6, run: (c, p) => decideAsAuthor({ actor: p('Sofía Marín'), input: { complaintId: c.id, decision: 'accept_solution', idempotencyKey: randomUUID() } }) },
        { after: 1, run: (c, p) => rateComplaint({ actor: p('Sofía Marín'), input: { complaintId: c.id, solved: true, rating: 5, wouldStay: true, comment: 'Lo arreglaron rápido y sin discutir.' } }) },
      ],
    },
    {
      author: 'Alberto Ramos',
      title: 'Me han cobrado el seguro del móvil que di de baja',
      body: 'Di de baja el seguro en marzo en la tienda de Nervión y en la factura de este mes sigue apareciendo.',
      category: 'Facturación',
      branch: 'Tienda Nervión',
      daysAgo: 8,
      steps: [
        say(2, 'Víctor Peña', 'official_reply', 'Disculpa el error, Alberto. Lo revisamos con facturación y te contamos aquí qué ha pasado.'),
        say(30, 'Víctor Peña', 'propose_solution', 'La baja no se había tramitado. Ya está hecha y te devolvemos los dos meses cobrados en la próxima factura.'),
        { after: 10, run: (c, p) => decideAsAuthor({ actor: p('Alberto Ramos'), input: { complaintId: c.id, decision: 'accept_solution', idempotencyKey: randomUUID() } }) },
        { after: 2, run: (c, p) => rateComplaint({ actor: p('Alberto Ramos'), input: { complaintId: c.id, solved: true, rating: 3, wouldStay: true } }) },
      ],
    },
    {
      author: 'Rubén Iglesias',
      title: 'Quiero que me bajéis el precio del móvil que compré hace un año',
      body: 'El mismo modelo está ahora 150 € más barato y quiero que me devolváis la diferencia.',
      category: 'Facturación',
      branch: 'Tienda online',
      daysAgo: 9,
      steps: [
        { after: 3, run: (c, p) => setComplaintStatus({ actor: p('Raquel Ortiz'), input: { complaintId: c.id, action: 'close', reason: 'not_actionable', idempotencyKey: randomUUID() } }) },
        { after: 20, run: (c, p) => rateComplaint({ actor: p('Rubén Iglesias'), input: { complaintId: c.id, solved: false, rating: 2, wouldStay: false } }) },
      ],
    },
    {
      author: 'Patricia Soto',
      title: 'Sin cobertura dentro de la tienda de Ruzafa',
      body: 'Dentro de la tienda no hay cobertura ni 4G: no pude enseñar el código de la compra online para recogerla.',
      category: 'Cobertura',
      branch: 'Tienda Ruzafa',
      daysAgo: 4,
      meToo: ['Gonzalo Reyes', 'Lorena Méndez', 'Marcos Pastor'],
      steps: [say(6, 'Raquel Ortiz', 'official_reply', 'Gracias por avisar, Patricia. Hemos pedido a la operadora que revise la antena del local y ponemos wifi para clientes mientras tanto.')],
    },
    {
      author: 'Silvia Carrasco',
      title: 'El pedido online lleva diez días sin llegar',
      body: 'Compré una funda y un cargador en la tienda online y el seguimiento no se mueve desde hace diez días.',
      category: 'Pedidos y envíos',
      branch: 'Tienda online',
      daysAgo: 3,
      meToo: ['Sofía Marín', 'Héctor Nieto'],
      steps: [],
    },
    {
      author: 'Fernando Lorenzo',
      title: 'Nadie me atiende en la tienda de Nervión a mediodía',
      body: 'Soy cliente desde hace diecinueve años. Dos días seguidos he esperado media hora a mediodía sin que nadie me atendiera.',
      category: 'Atención en tienda',
      branch: 'Tienda Nervión',
      daysAgo: 3,
      steps: [],
    },
  ],
};
