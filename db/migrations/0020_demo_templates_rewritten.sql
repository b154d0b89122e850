-- Databases seeded before the demo templates were rewritten (issue 18) still hold the old ones: a
-- bracketed instruction to staff and a hard-coded name that is not the signer's. Each is replaced only
-- where its text is still exactly the old demo text, so a template a manager edited is left alone.
UPDATE "response_templates" SET "body_md" = $tpl$Hola, {member}:

Sentimos de verdad las molestias que te ha causado este problema en {branch}. No es lo que esperas del club, y tampoco lo que queremos ofrecerte.

Gracias por contárnoslo con tanto detalle: nos ayuda a saber exactamente qué ha pasado.

Me encargo personalmente de tu queja hasta que esté resuelta.

[[Qué vamos a hacer y cuándo, por ejemplo: «el técnico lo revisa mañana a primera hora; si hace falta una pieza, te diremos aquí la fecha de la reparación».]]

Te iré contando cada avance en esta misma queja, también si algo se retrasa. Si notas cualquier cambio, escríbenos aquí.

Gracias por ayudarnos a cuidar el club.

{staff}
{staff_title}$tpl$, "title_en" = $tpl$Breakdown or damage in the facilities$tpl$, "body_md_en" = $tpl$Hello {member},

We are truly sorry for the trouble this problem at {branch} has caused you. It is not what you expect from the club, nor what we want to offer you.

Thank you for telling us in such detail: it helps us know exactly what happened.

I am personally taking care of your complaint until it is resolved.

[[What we will do and when, for example: "the technician checks it first thing tomorrow; if a part is needed, we will tell you the repair date here".]]

I will keep you posted on every step in this complaint, including any delay. If you notice any change, write to us here.

Thank you for helping us look after the club.

{staff}
{staff_title}$tpl$ WHERE "title" = $tpl$Avería o desperfecto en las instalaciones$tpl$ AND "body_md" = $tpl$Hola, {member}:

Sentimos de verdad las molestias que te ha causado este problema en {branch}. No es lo que esperas del club, y tampoco lo que queremos ofrecerte.

Gracias por contárnoslo con tanto detalle: nos ayuda a saber exactamente qué ha pasado. Ya lo hemos pasado al equipo de mantenimiento.

Soy {staff} y me encargo personalmente de tu queja hasta que esté resuelta.

[Qué vamos a hacer y cuándo: por ejemplo, «el técnico lo revisa mañana a primera hora; si hace falta una pieza, te diremos aquí la fecha de la reparación».]

Te iré contando cada avance en esta misma queja, también si algo se retrasa. Si notas cualquier cambio, escríbenos aquí.

Gracias por ayudarnos a cuidar el club.$tpl$;
--> statement-breakpoint
UPDATE "response_templates" SET "body_md" = $tpl$Hola, {member}:

Lamentamos el error con tu cuota: entendemos lo desagradable que es encontrarse un cargo que no esperabas.

Queremos revisarlo a fondo. Para eso necesitamos algunos datos de tu cuenta; por favor, no los escribas aquí: te los pedimos por el canal privado de esta queja, que solo ves tú y el personal del club.

Me ocupo de tu caso desde ahora.

[[Qué hemos comprobado y qué haremos, por ejemplo: «el recibo de marzo se cargó dos veces; devolvemos el importe duplicado en un plazo de 5 días hábiles».]]

Te avisaremos aquí en cuanto esté resuelto, y seguiremos pendientes hasta que lo veas en tu cuenta.

Gracias por avisarnos y por tu paciencia.

{staff}
{staff_title}$tpl$, "title_en" = $tpl$A charge or fee that does not add up$tpl$, "body_md_en" = $tpl$Hello {member},

We are sorry about the mistake with your fee: we understand how unpleasant it is to find a charge you did not expect.

We want to look into it thoroughly. For that we need some details of your account; please do not write them here: we will ask for them in this complaint's private channel, which only you and the club's staff can see.

I am handling your case from now on.

[[What we checked and what we will do, for example: "the March fee was charged twice; we are refunding the duplicate within 5 working days".]]

We will let you know here as soon as it is sorted out, and we will keep an eye on it until you see it in your account.

Thank you for telling us and for your patience.

{staff}
{staff_title}$tpl$ WHERE "title" = $tpl$Cobro o cuota que no cuadra$tpl$ AND "body_md" = $tpl$Hola, {member}:

Lamentamos el error con tu cuota: entendemos lo desagradable que es encontrarse un cargo que no esperabas.

Queremos revisarlo a fondo. Para eso necesitamos algunos datos de tu cuenta; por favor, no los escribas aquí: te los pedimos por el canal privado de esta queja, que solo ves tú y el personal del club.

Soy {staff}, de administración, y me ocupo de tu caso desde ahora.

[Qué hemos comprobado y qué haremos: por ejemplo, «el recibo de marzo se cargó dos veces; devolvemos el importe duplicado en un plazo de 5 días hábiles».]

Te avisaremos aquí en cuanto la devolución esté hecha, y seguiremos pendientes hasta que lo veas en tu cuenta.

Gracias por avisarnos y por tu paciencia.$tpl$;
--> statement-breakpoint
UPDATE "response_templates" SET "body_md" = $tpl$Hola, {member}:

Te pedimos disculpas por cómo te atendieron en {branch}. Todas las personas del club merecen un trato amable y respetuoso, y esta vez no lo recibiste.

Nos importa mucho entender bien lo ocurrido, así que ya estamos hablando con el equipo de {branch}.

Voy a seguir tu queja personalmente.

[[Qué medidas tomamos, por ejemplo: «hemos repasado con el equipo cómo atender las reservas y reforzamos el personal en la franja de tarde».]]

Te contaremos aquí lo que vayamos haciendo hasta cerrar el tema, y nos gustaría saber después si notas el cambio.

Gracias por decírnoslo: así podemos mejorar.

{staff}
{staff_title}$tpl$, "title_en" = $tpl$How a member of staff treated you$tpl$, "body_md_en" = $tpl$Hello {member},

We apologise for how you were treated at {branch}. Everyone at the club deserves kind and respectful treatment, and this time you did not get it.

It matters to us to understand what happened, so we are already talking to the team at {branch}.

I will follow your complaint personally.

[[What we are doing about it, for example: "we went over bookings with the team and added staff for the afternoon shift".]]

We will tell you here what we do until the matter is closed, and afterwards we would like to know whether you notice the change.

Thank you for telling us: it helps us improve.

{staff}
{staff_title}$tpl$ WHERE "title" = $tpl$Trato recibido del personal$tpl$ AND "body_md" = $tpl$Hola, {member}:

Te pedimos disculpas por cómo te atendieron en {branch}. Todas las personas del club merecen un trato amable y respetuoso, y esta vez no lo recibiste.

Nos importa mucho entender bien lo ocurrido, así que ya estamos hablando con el equipo de {branch}.

Soy {staff} y voy a seguir tu queja personalmente.

[Qué medidas tomamos: por ejemplo, «hemos repasado con el equipo cómo atender las reservas y reforzamos el personal en la franja de tarde».]

Te contaremos aquí lo que vayamos haciendo hasta cerrar el tema, y nos gustaría saber después si notas el cambio.

Gracias por decírnoslo: así podemos mejorar.$tpl$;
