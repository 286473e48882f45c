<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Overrides {keys}: their cards stop working once the new card is first used.</source>
        <translation>Sustituye a {keys}: sus tarjetas dejan de abrir cuando se use la nueva.</translation>
    </message>
    <message>
        <source>Another desk checked {other} in to this room at the same time: {key} is overridden, its cards stop working once the new card is first used.</source>
        <translation>Otro puesto registró a la vez la estancia {other} en esta habitación: {key} queda sustituida y sus tarjetas dejan de abrir cuando se use la nueva.</translation>
    </message>
    <message>
        <source>Checked in {names} in {rooms} ({key}).</source>
        <translation>Entrada de {names} en {rooms} ({key}).</translation>
    </message>
    <message>
        <source>Added {names} to {key}.</source>
        <translation>{names} añadido(s) a {key}.</translation>
    </message>
    <message>
        <source>Moved {key} to {rooms}.</source>
        <translation>{key} trasladada a {rooms}.</translation>
    </message>
    <message>
        <source>Changed the dates of {key}.</source>
        <translation>Fechas de {key} cambiadas.</translation>
    </message>
    <message>
        <source>Checked out {key}.</source>
        <translation>Salida de {key} registrada.</translation>
    </message>
    <message>
        <source>No card had been encoded for this stay: encode cards for the new room.</source>
        <translation>No se había codificado ninguna tarjeta: codifique tarjetas para la nueva habitación.</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Huéspedes</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>salida registrada</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>due out, not checked out</source>
        <translation>salida prevista, sin registrar</translation>
    </message>
    <message>
        <source>override pending first use</source>
        <translation>sustitución pendiente de primer uso</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>cards of {keys} work until the new card is first used</source>
        <translation>las tarjetas de {keys} abren hasta que se use la nueva</translation>
    </message>
    <message>
        <source>PIN: {problem}</source>
        <translation>PIN: {problem}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Room rack tiles</source>
        <translation>Fichas del estado de habitaciones</translation>
    </message>
    <message>
        <source>⧉ {n} doors</source>
        <translation>⧉ {n} puertas</translation>
    </message>
    <message>
        <source>Doors: {doors}</source>
        <translation>Puertas: {doors}</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Arriving</source>
        <translation>Llega hoy</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>En el hotel</translation>
    </message>
    <message>
        <source>Due out</source>
        <translation>Sale hoy</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Salida sin registrar</translation>
    </message>
    <message>
        <source>Override pending</source>
        <translation>Sustitución pendiente</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 noche</translation>
    </message>
    <message>
        <source>{n} nights</source>
        <translation>{n} noches</translation>
    </message>
    <message>
        <source>was due {time}</source>
        <translation>debía salir {time}</translation>
    </message>
    <message>
        <source>leaves today</source>
        <translation>sale hoy</translation>
    </message>
    <message>
        <source>was due out</source>
        <translation>debía salir</translation>
    </message>
    <message>
        <source>1 night left</source>
        <translation>queda 1 noche</translation>
    </message>
    <message>
        <source>{n} nights left</source>
        <translation>quedan {n} noches</translation>
    </message>
    <message>
        <source>↻ re-encode 1 card</source>
        <translation>↻ recodificar 1 tarjeta</translation>
    </message>
    <message>
        <source>↻ re-encode {n} cards</source>
        <translation>↻ recodificar {n} tarjetas</translation>
    </message>
    <message>
        <source>⚠ PIN problem</source>
        <translation>⚠ problema de PIN</translation>
    </message>
    <message>
        <source>Other spaces</source>
        <translation>Otros espacios</translation>
    </message>
    <message>
        <source>Other rooms</source>
        <translation>Otras habitaciones</translation>
    </message>
    <message>
        <source>Floor {n}</source>
        <translation>Planta {n}</translation>
    </message>
    <message>
        <source>{name} +{more}</source>
        <translation>{name} +{more}</translation>
    </message>
    <message>
        <source>until {when}</source>
        <translation>hasta {when}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <source>(coming)</source>
        <translation>(en camino)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Door codes for {guest}</source>
        <translation>Códigos de puerta para {guest}</translation>
    </message>
    <message>
        <source>Valid {valid}</source>
        <translation>Válido {valid}</translation>
    </message>
    <message>
        <source>Scan the code to keep these PINs on your phone.</source>
        <translation>Escanee el código para guardar estos PIN en su teléfono.</translation>
    </message>
    <message>
        <source>Type the PIN on the keypad. If a door does not open, call the front desk.</source>
        <translation>Escriba el PIN en el teclado. Si una puerta no abre, llame a la recepción.</translation>
    </message>
    <message>
        <source>Stay timeline</source>
        <translation>Cronograma de estancias</translation>
    </message>
    <message>
        <source>✖ out of order: {reason}</source>
        <translation>✖ fuera de servicio: {reason}</translation>
    </message>
    <message>
        <source>⇄ overridden: {names}</source>
        <translation>⇄ sustituida: {names}</translation>
    </message>
    <message>
        <source>⇄ {names} (took the room over)</source>
        <translation>⇄ {names} (se quedó con la habitación)</translation>
    </message>
    <message>
        <source>free night</source>
        <translation>noche libre</translation>
    </message>
    <message>
        <source>{rooms} is held by {guests} until {until}.</source>
        <translation>{rooms} está ocupada por {guests} hasta {until}.</translation>
    </message>
    <message>
        <source>Override?</source>
        <translation>¿Sustituir esa estancia?</translation>
    </message>
    <message>
        <source>Room is occupied</source>
        <translation>Habitación ocupada</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Sustituir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sync: not run yet</source>
        <translation>Sincronización: aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>nothing waiting</source>
        <translation>nada en espera</translation>
    </message>
    <message>
        <source>{n} failed</source>
        <translation>{n} fallidos</translation>
    </message>
    <message>
        <source>last failure: {failure}</source>
        <translation>último fallo: {failure}</translation>
    </message>
    <message>
        <source>Lock provider: {driver}</source>
        <translation>Proveedor de cerraduras: {driver}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>Alert: {title} {message}</source>
        <translation>Alerta: {title} {message}</translation>
    </message>
    <message>
        <source>This change needs a second look</source>
        <translation>Este cambio necesita una segunda mirada</translation>
    </message>
    <message>
        <source>This change is dangerous: {reason}.</source>
        <translation>Este cambio es peligroso: {reason}.</translation>
    </message>
    <message>
        <source>{advice} Make it anyway? It is recorded in the audit as forced, under your name.</source>
        <translation>{advice} ¿Hacerlo de todos modos? Queda en la auditoría como forzado, a su nombre.</translation>
    </message>
    <message>
        <source>&amp;Make it anyway</source>
        <translation>&amp;Hacerlo de todos modos</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>already ended</source>
        <translation>ya terminado</translation>
    </message>
    <message>
        <source>an offline code: issue the guest a new code for the new lock</source>
        <translation>un código sin conexión: emita un código nuevo al huésped para la cerradura nueva</translation>
    </message>
    <message>
        <source>an unused backup code: the new lock&apos;s pool refills by itself</source>
        <translation>un código de reserva sin usar: la reserva de la cerradura nueva se rellena sola</translation>
    </message>
    <message>
        <source>{guest} keeps the same PIN on {door}.</source>
        <translation>{guest} conserva el mismo PIN en {door}.</translation>
    </message>
    <message>
        <source>{guest} gets a new PIN on {door}: the lock assigns it; give it to the guest once it shows.</source>
        <translation>{guest} recibe un PIN nuevo en {door}: lo asigna la cerradura; déselo al huésped en cuanto aparezca.</translation>
    </message>
    <message>
        <source>{guest} will get a new PIN on {door}: the new lock does not take the old one.</source>
        <translation>{guest} recibirá un PIN nuevo en {door}: la cerradura nueva no acepta el anterior.</translation>
    </message>
    <message>
        <source>{guest} gets a new PIN on {door}: {pin}. Tell the guest; the old PIN no longer opens.</source>
        <translation>{guest} recibe un PIN nuevo en {door}: {pin}. Díganselo al huésped; el PIN anterior ya no abre.</translation>
    </message>
    <message>
        <source>{guest}: not moved ({reason}).</source>
        <translation>{guest}: no se traslada ({reason}).</translation>
    </message>
    <message>
        <source>Works now: {state}</source>
        <translation>Funciona ahora: {state}</translation>
    </message>
    <message>
        <source>Works now, but {reason}</source>
        <translation>Funciona ahora, pero {reason}</translation>
    </message>
    <message>
        <source>Does not work now: {reason}</source>
        <translation>No funciona ahora: {reason}</translation>
    </message>
    <message>
        <source>; a backup PIN stands in for it</source>
        <translation>; lo sustituye un PIN de respaldo</translation>
    </message>
    <message>
        <source>, and a change is waiting to be sent</source>
        <translation>, y hay un cambio pendiente de enviar</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>encoded again since</source>
        <translation>recodificada después</translation>
    </message>
    <message>
        <source>needs re-encoding</source>
        <translation>hay que recodificarla</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>escribiéndose</translation>
    </message>
    <message>
        <source>unconfirmed, revoked</source>
        <translation>sin confirmar, revocada</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>no escrita</translation>
    </message>
    <message>
        <source>revoked (access ended)</source>
        <translation>revocada (acceso terminado)</translation>
    </message>
    <message>
        <source>collected at check-out</source>
        <translation>recogida a la salida</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Blocks room</source>
        <translation>Bloquea la habitación</translation>
    </message>
    <message>
        <source>Unblocks room</source>
        <translation>Desbloquea la habitación</translation>
    </message>
    <message>
        <source>Sets guest sequence</source>
        <translation>Fija la secuencia de huéspedes</translation>
    </message>
    <message>
        <source>Lock card</source>
        <translation>Tarjeta de cerradura</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>One-shot</source>
        <translation>Un solo uso</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>a cualquier hora</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <source>Cancel a lost card</source>
        <translation>Anular una tarjeta perdida</translation>
    </message>
    <message>
        <source>&amp;Cancel the card</source>
        <translation>&amp;Anular la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>ActivityScreen</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Show what this operator did</source>
        <translation>Mostrar lo que hizo este operador</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Todos los operadores</translation>
    </message>
    <message>
        <source>Show what happened in this room</source>
        <translation>Mostrar lo que pasó en esta habitación</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las habitaciones</translation>
    </message>
    <message>
        <source>Show actions of kind</source>
        <translation>Mostrar acciones de tipo</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Guest&apos;s name</source>
        <translation>Nombre del huésped</translation>
    </message>
    <message>
        <source>Show what concerns this guest</source>
        <translation>Mostrar lo que concierne a este huésped</translation>
    </message>
    <message>
        <source>G&amp;uest</source>
        <translation>H&amp;uésped</translation>
    </message>
    <message>
        <source>Audit verification</source>
        <translation>Verificación de la auditoría</translation>
    </message>
    <message>
        <source>Audit row {id} was changed after it was written.</source>
        <translation>La fila {id} de la auditoría se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>Audit row {id} was deleted.</source>
        <translation>La fila {id} de la auditoría se ha borrado.</translation>
    </message>
    <message>
        <source>Audit row {id} was inserted afterwards; the desk did not write it there.</source>
        <translation>La fila {id} de la auditoría se insertó después; la aplicación no la escribió ahí.</translation>
    </message>
    <message>
        <source>The audit log does not verify. {what} Someone changed the database outside the desk: tell the property&apos;s security contact.</source>
        <translation>El registro de auditoría no supera la verificación. {what} Alguien ha modificado la base de datos fuera de la aplicación: avise al responsable de seguridad del establecimiento.</translation>
    </message>
</context>
<context>
    <name>AddGuestDialog</name>
    <message>
        <source>Add guest</source>
        <translation>Añadir huésped</translation>
    </message>
    <message>
        <source>&amp;Add guest</source>
        <translation>&amp;Añadir huésped</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Nombre del huésped</translation>
    </message>
    <message>
        <source>All the stay&apos;s doors</source>
        <translation>Todas las puertas de la estancia</translation>
    </message>
    <message>
        <source>Only these doors:</source>
        <translation>Solo estas puertas:</translation>
    </message>
    <message>
        <source>Doors for the new guest</source>
        <translation>Puertas para el nuevo huésped</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>No guest named.</source>
        <translation>Ningún huésped indicado.</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name.</source>
        <translation>Escriba el nombre del huésped.</translation>
    </message>
    <message>
        <source>No door chosen.</source>
        <translation>Ninguna puerta elegida.</translation>
    </message>
    <message>
        <source>Tick at least one door, or choose all.</source>
        <translation>Marque al menos una puerta o elija todas.</translation>
    </message>
</context>
<context>
    <name>BackInOrderDialog</name>
    <message>
        <source>Room back in order</source>
        <translation>Habitación de nuevo en servicio</translation>
    </message>
    <message>
        <source>&amp;Back in order</source>
        <translation>&amp;Poner en servicio</translation>
    </message>
    <message>
        <source>{room} is out of order until {until}: {reason}.</source>
        <translation>{room} está fuera de servicio hasta {until}: {reason}.</translation>
    </message>
    <message>
        <source>Put it back in order now? Guests can then be checked in.</source>
        <translation>¿Ponerla en servicio ahora? Después se podrá registrar la entrada de huéspedes.</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <source>Encoded cards</source>
        <translation>Tarjetas codificadas</translation>
    </message>
    <message>
        <source>Filter by holder, card number, status…</source>
        <translation>Filtrar por titular, número de tarjeta, estado…</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filtrar las tarjetas</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>&amp;Read a card…</source>
        <translation>&amp;Leer una tarjeta…</translation>
    </message>
    <message>
        <source>Read card (Ctrl+R)</source>
        <translation>Leer tarjeta (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Staff card…</source>
        <translation>Tarjeta de &amp;personal…</translation>
    </message>
    <message>
        <source>Staff card (Ctrl+Shift+K)</source>
        <translation>Tarjeta de personal (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;One-shot card…</source>
        <translation>Tarjeta de &amp;un solo uso…</translation>
    </message>
    <message>
        <source>A contractor&apos;s visit: each door opens once</source>
        <translation>La visita de un contratista: cada puerta abre una vez</translation>
    </message>
    <message>
        <source>E&amp;mergency card…</source>
        <translation>Tarjeta de e&amp;mergencia…</translation>
    </message>
    <message>
        <source>Opens every door, double-locked rooms too (manager)</source>
        <translation>Abre todas las puertas, también las habitaciones con doble cierre (gerente)</translation>
    </message>
    <message>
        <source>&amp;Block a room…</source>
        <translation>&amp;Bloquear una habitación…</translation>
    </message>
    <message>
        <source>The room refuses guest cards until unblocked (manager)</source>
        <translation>La habitación rechaza las tarjetas de huésped hasta desbloquearla (gerente)</translation>
    </message>
    <message>
        <source>&amp;Unblock a room…</source>
        <translation>&amp;Desbloquear una habitación…</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>Dupli&amp;car…</translation>
    </message>
    <message>
        <source>Another card with the same access as the selected card</source>
        <translation>Otra tarjeta con el mismo acceso que la tarjeta elegida</translation>
    </message>
    <message>
        <source>&amp;Lost: cancel card…</source>
        <translation>&amp;Anular tarjeta perdida…</translation>
    </message>
    <message>
        <source>The selected card was lost or stolen: newer cards tell the doors</source>
        <translation>La tarjeta elegida se perdió o la robaron: las tarjetas nuevas avisan a las puertas</translation>
    </message>
    <message>
        <source>No card selected.</source>
        <translation>Ninguna tarjeta elegida.</translation>
    </message>
    <message>
        <source>Select a card in the list first.</source>
        <translation>Elija primero una tarjeta de la lista.</translation>
    </message>
    <message>
        <source>Cancel card {serial} of {holder}? It stops opening each door once a newer card has been used there.</source>
        <translation>¿Anular la tarjeta {serial} de {holder}? Deja de abrir cada puerta en cuanto se use allí una tarjeta más nueva.</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>ChangeDatesDialog</name>
    <message>
        <source>Change dates</source>
        <translation>Cambiar fechas</translation>
    </message>
    <message>
        <source>C&amp;hange dates</source>
        <translation>Cambiar &amp;fechas</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Registrar entrada</translation>
    </message>
    <message>
        <source>One guest per line</source>
        <translation>Un huésped por línea</translation>
    </message>
    <message>
        <source>Guest names</source>
        <translation>Nombres de los huéspedes</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>Common door {name}</source>
        <translation>Puerta común {name}</translation>
    </message>
    <message>
        <source>leave empty for a new key</source>
        <translation>vacío para una clave nueva</translation>
    </message>
    <message>
        <source>Reservation key</source>
        <translation>Clave de reserva</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Llaves</translation>
    </message>
    <message>
        <source>Number of cards</source>
        <translation>Número de tarjetas</translation>
    </message>
    <message>
        <source>Card&amp;s to encode</source>
        <translation>Tar&amp;jetas a codificar</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN para {name}</translation>
    </message>
    <message>
        <source>&amp;PIN for keypads</source>
        <translation>&amp;PIN en teclados</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Habi&amp;taciones</translation>
    </message>
    <message>
        <source>Common doors</source>
        <translation>Puertas comunes</translation>
    </message>
    <message>
        <source>Reservation &amp;key</source>
        <translation>&amp;Clave de reserva</translation>
    </message>
    <message>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <source>Type the room number under Rooms and press Enter.</source>
        <translation>Escriba el número de habitación en Habitaciones y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>CheckOutDialog</name>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Registrar &amp;salida</translation>
    </message>
    <message>
        <source>Check out this stay? Its cards and PINs stop working now.</source>
        <translation>¿Registrar la salida de esta estancia? Sus tarjetas y PIN dejan de funcionar ahora.</translation>
    </message>
    <message>
        <source>The key cards were &amp;handed back</source>
        <translation>Se &amp;devolvieron las tarjetas</translation>
    </message>
    <message>
        <source>&amp;Revoke the key cards (not handed back)</source>
        <translation>&amp;Revocar las tarjetas (no se devolvieron)</translation>
    </message>
    <message>
        <source>Say what happened to the key cards.</source>
        <translation>Indique qué pasó con las tarjetas.</translation>
    </message>
    <message>
        <source>Choose handed back, or revoke them if the guest kept them.</source>
        <translation>Elija devueltas, o revóquelas si el huésped se las quedó.</translation>
    </message>
</context>
<context>
    <name>CodesScreen</name>
    <message>
        <source>Keypad locks</source>
        <translation>Cerraduras con teclado</translation>
    </message>
    <message>
        <source>&amp;Locks</source>
        <translation>&amp;Cerraduras</translation>
    </message>
    <message>
        <source>Backup pool health</source>
        <translation>Estado de los PIN de respaldo</translation>
    </message>
    <message>
        <source>PIN codes on the lock</source>
        <translation>Códigos PIN de la cerradura</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validez</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>Errores y avisos</translation>
    </message>
    <message>
        <source>Re&amp;fresh codes</source>
        <translation>&amp;Actualizar códigos</translation>
    </message>
    <message>
        <source>&amp;New code…</source>
        <translation>&amp;Nuevo código…</translation>
    </message>
    <message>
        <source>A PIN code on this lock, with a name, a start and an end</source>
        <translation>Un código PIN en esta cerradura, con un nombre, un inicio y un final</translation>
    </message>
    <message>
        <source>Re&amp;place lock…</source>
        <translation>&amp;Sustituir cerradura…</translation>
    </message>
    <message>
        <source>The lock was factory reset: move its codes to the new device</source>
        <translation>La cerradura se restableció de fábrica: traslade sus códigos al dispositivo nuevo</translation>
    </message>
    <message>
        <source>Lock replaced</source>
        <translation>Cerradura sustituida</translation>
    </message>
    <message>
        <source>Sync alerts</source>
        <translation>Avisos de sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;alerts</source>
        <translation>Avis&amp;os de sincronización</translation>
    </message>
    <message>
        <source>D&amp;ismiss alert</source>
        <translation>Descar&amp;tar aviso</translation>
    </message>
    <message>
        <source>Take the selected alert off the list; the desk keeps retrying what it is about</source>
        <translation>Quitar de la lista el aviso seleccionado; la aplicación sigue reintentando aquello de lo que avisa</translation>
    </message>
    <message>
        <source>Lock {device} at {space}</source>
        <translation>Cerradura {device} en {space}</translation>
    </message>
    <message>
        <source>No alerts.</source>
        <translation>Sin avisos.</translation>
    </message>
    <message>
        <source>Lock replaced.</source>
        <translation>Cerradura sustituida.</translation>
    </message>
    <message>
        <source>Guests with a new PIN must be told it:</source>
        <translation>A los huéspedes con un PIN nuevo hay que comunicárselo:</translation>
    </message>
    <message>
        <source>Backup pool: kept by the lock provider on this lock; a backup PIN is pulled from it when a guest cannot get in (needs the internet).</source>
        <translation>Reserva de respaldo: la mantiene el proveedor de cerraduras en esta cerradura; se saca de ella un PIN de respaldo cuando un huésped no puede entrar (necesita internet).</translation>
    </message>
    <message>
        <source>{n} handed out to guests.</source>
        <translation>{n} entregado(s) a huéspedes.</translation>
    </message>
    <message>
        <source>•••• (backup pool)</source>
        <translation>•••• (PIN de respaldo)</translation>
    </message>
    <message>
        <source>(coming)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>Backup code</source>
        <translation>Código de respaldo</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <source>No administrator exists yet: anyone at this computer can do anything.</source>
        <translation>Aún no hay ningún administrador: cualquiera en este ordenador puede hacerlo todo.</translation>
    </message>
    <message>
        <source>Create the first administrator…</source>
        <translation>Crear el primer administrador…</translation>
    </message>
    <message>
        <source>S&amp;witch operator</source>
        <translation>Cambiar de &amp;operador</translation>
    </message>
    <message>
        <source>No administrator yet</source>
        <translation>Aún sin administrador</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Sesión de {name} ({role})</translation>
    </message>
</context>
<context>
    <name>DoorDialog</name>
    <message>
        <source>Add door</source>
        <translation>Añadir puerta</translation>
    </message>
    <message>
        <source>Edit door</source>
        <translation>Modificar puerta</translation>
    </message>
    <message>
        <source>&amp;Add the door</source>
        <translation>&amp;Añadir la puerta</translation>
    </message>
    <message>
        <source>&amp;Save the door</source>
        <translation>&amp;Guardar la puerta</translation>
    </message>
    <message>
        <source>Entrance id</source>
        <translation>ID de entrada</translation>
    </message>
    <message>
        <source>e.g. room-501: lowercase letters, digits, dashes</source>
        <translation>p. ej. room-501: minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <source>Entrance &amp;id</source>
        <translation>&amp;ID de entrada</translation>
    </message>
    <message>
        <source>Door name</source>
        <translation>Nombre de la puerta</translation>
    </message>
    <message>
        <source>Door &amp;name</source>
        <translation>&amp;Nombre de la puerta</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>New space…</source>
        <translation>Nuevo espacio…</translation>
    </message>
    <message>
        <source>New space id</source>
        <translation>ID del nuevo espacio</translation>
    </message>
    <message>
        <source>New space name</source>
        <translation>Nombre del nuevo espacio</translation>
    </message>
    <message>
        <source>New space kind</source>
        <translation>Tipo del nuevo espacio</translation>
    </message>
    <message>
        <source>guest room</source>
        <translation>habitación</translation>
    </message>
    <message>
        <source>suite</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>common area</source>
        <translation>zona común</translation>
    </message>
    <message>
        <source>unit (cottage, apartment)</source>
        <translation>alojamiento (bungaló, apartamento)</translation>
    </message>
    <message>
        <source>Lock system</source>
        <translation>Sistema de cerradura</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Espacio</translation>
    </message>
    <message>
        <source>New space i&amp;d</source>
        <translation>ID del n&amp;uevo espacio</translation>
    </message>
    <message>
        <source>New space na&amp;me</source>
        <translation>No&amp;mbre del nuevo espacio</translation>
    </message>
    <message>
        <source>New space &amp;kind</source>
        <translation>Ti&amp;po del nuevo espacio</translation>
    </message>
    <message>
        <source>&amp;Lock system</source>
        <translation>&amp;Sistema de cerradura</translation>
    </message>
    <message>
        <source>Lock number</source>
        <translation>Número de cerradura</translation>
    </message>
    <message>
        <source>Takes part in &amp;reservations (a guest room&apos;s door)</source>
        <translation>Puede formar parte de una &amp;reserva (puerta de habitación)</translation>
    </message>
    <message>
        <source>Takes part in reservations</source>
        <translation>Puede formar parte de una reserva</translation>
    </message>
    <message>
        <source>&amp;Card</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <source>&amp;Online PIN</source>
        <translation>PIN en &amp;línea</translation>
    </message>
    <message>
        <source>O&amp;ffline PIN</source>
        <translation>PIN sin &amp;conexión</translation>
    </message>
    <message>
        <source>Takes {kind}</source>
        <translation>Admite {kind}</translation>
    </message>
    <message>
        <source>The lock takes</source>
        <translation>La cerradura admite</translation>
    </message>
    <message>
        <source>Device id at the lock provider</source>
        <translation>ID del dispositivo en el proveedor de cerraduras</translation>
    </message>
    <message>
        <source>needed for PIN doors</source>
        <translation>necesario en puertas con PIN</translation>
    </message>
    <message>
        <source>De&amp;vice id</source>
        <translation>ID del &amp;dispositivo</translation>
    </message>
    <message>
        <source>Door time zone</source>
        <translation>Zona horaria de la puerta</translation>
    </message>
    <message>
        <source>The property&apos;s</source>
        <translation>La del establecimiento</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>A door must take at least one credential.</source>
        <translation>Una puerta debe admitir al menos un medio de acceso.</translation>
    </message>
    <message>
        <source>Tick what its lock takes.</source>
        <translation>Marque lo que admite su cerradura.</translation>
    </message>
</context>
<context>
    <name>EncodeCardsDialog</name>
    <message>
        <source>Encode cards</source>
        <translation>Codificar tarjetas</translation>
    </message>
    <message>
        <source>What to do with the card</source>
        <translation>Qué hacer con la tarjeta</translation>
    </message>
    <message>
        <source>Cards to encode</source>
        <translation>Tarjetas a codificar</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Cards that do not open yet</source>
        <translation>Tarjetas que aún no abren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Next card now</source>
        <translation>&amp;Siguiente tarjeta ya</translation>
    </message>
    <message>
        <source>Go on without waiting for the card to be taken off</source>
        <translation>Seguir sin esperar a que se retire la tarjeta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Card {n} for {holder} will not open a door before {when}.</source>
        <translation>La tarjeta {n} para {holder} no abrirá ninguna puerta antes de {when}.</translation>
    </message>
    <message>
        <source>For a guest at the counter, stop here and change the stay&apos;s arrival to now.</source>
        <translation>Si el huésped está en el mostrador, pare aquí y adelante la llegada de la estancia a este momento.</translation>
    </message>
    <message>
        <source>⚠ Not valid yet.</source>
        <translation>⚠ Aún sin validez.</translation>
    </message>
    <message>
        <source>Take card {n} off the reader.</source>
        <translation>Retire la tarjeta {n} del lector.</translation>
    </message>
    <message>
        <source>Place card {n} of {total} on the reader — for {holder}.</source>
        <translation>Coloque la tarjeta {n} de {total} en el lector — para {holder}.</translation>
    </message>
    <message>
        <source>waiting for the card…</source>
        <translation>esperando la tarjeta…</translation>
    </message>
    <message>
        <source>Put a blank card on the reader, then retry.</source>
        <translation>Coloque una tarjeta en blanco en el lector y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>not issued: {title}</source>
        <translation>no emitida: {title}</translation>
    </message>
    <message>
        <source>Card {n} of {total} was not issued.</source>
        <translation>La tarjeta {n} de {total} no se ha emitido.</translation>
    </message>
    <message>
        <source>&amp;Retry card {n}</source>
        <translation>&amp;Reintentar la tarjeta {n}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>✓ encoded, card {serial}</source>
        <translation>✓ codificada, tarjeta {serial}</translation>
    </message>
    <message>
        <source>Card still in use</source>
        <translation>Tarjeta aún en uso</translation>
    </message>
    <message>
        <source>{holder}&apos;s staff card</source>
        <translation>la tarjeta de personal de {holder}</translation>
    </message>
    <message>
        <source>{holder}&apos;s card</source>
        <translation>la tarjeta de {holder}</translation>
    </message>
    <message>
        <source>This is {whose} for {doors}, valid until {until}. Write over it? That card stops working.</source>
        <translation>Es {whose} para {doors}, válida hasta {until}. ¿Sobrescribirla? Esa tarjeta dejará de abrir.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>&amp;Write over it</source>
        <translation>&amp;Sobrescribirla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Card {n} was taken off while it was written: put the same card back on the reader.</source>
        <translation>La tarjeta {n} se retiró mientras se escribía: vuelva a colocar la misma tarjeta en el lector.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation>Crear el primer administrador</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Until an administrator exists, anyone at this computer can do anything.</source>
        <translation>Mientras no haya un administrador, cualquiera en este ordenador puede hacerlo todo.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Las dos entradas no coinciden.</translation>
    </message>
    <message>
        <source>Type it twice.</source>
        <translation>Escriba lo mismo dos veces.</translation>
    </message>
</context>
<context>
    <name>GroupCheckInDialog</name>
    <message>
        <source>Group check-in</source>
        <translation>Entrada de grupo</translation>
    </message>
    <message>
        <source>&amp;Check in all</source>
        <translation>&amp;Registrar todas</translation>
    </message>
    <message>
        <source>Rooms of the group</source>
        <translation>Habitaciones del grupo</translation>
    </message>
    <message>
        <source>Guests per room</source>
        <translation>Huéspedes por habitación</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Guests (comma between names)</source>
        <translation>Huéspedes (nombres separados por comas)</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>Habi&amp;taciones</translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation>&amp;Huéspedes</translation>
    </message>
    <message>
        <source>Common doors</source>
        <translation>Puertas comunes</translation>
    </message>
    <message>
        <source>Cards per room</source>
        <translation>Tarjetas por habitación</translation>
    </message>
    <message>
        <source>Card&amp;s per room</source>
        <translation>Tar&amp;jetas por habitación</translation>
    </message>
    <message>
        <source>✓ {key}</source>
        <translation>✓ {key}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>{room}: {title}</source>
        <translation>{room}: {title}</translation>
    </message>
    <message>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <source>Type each room&apos;s number under Rooms, Enter after each.</source>
        <translation>Escriba el número de cada habitación en Habitaciones, Intro tras cada una.</translation>
    </message>
    <message>
        <source>No guest named for {room}.</source>
        <translation>Ningún huésped para {room}.</translation>
    </message>
    <message>
        <source>Type at least one name in the Guests column, or untick the room.</source>
        <translation>Escriba al menos un nombre en la columna Huéspedes o desmarque la habitación.</translation>
    </message>
    <message>
        <source>checking in…</source>
        <translation>registrando…</translation>
    </message>
</context>
<context>
    <name>LockCardDialog</name>
    <message>
        <source>Emergency card</source>
        <translation>Tarjeta de emergencia</translation>
    </message>
    <message>
        <source>Block a room</source>
        <translation>Bloquear una habitación</translation>
    </message>
    <message>
        <source>Unblock a room</source>
        <translation>Desbloquear una habitación</translation>
    </message>
    <message>
        <source>&amp;Make the card</source>
        <translation>&amp;Crear la tarjeta</translation>
    </message>
    <message>
        <source>Opens every door of the property, also rooms double-locked from inside, until it expires. The reason goes into the audit.</source>
        <translation>Abre todas las puertas del establecimiento, también las habitaciones cerradas con doble cierre desde dentro, hasta que caduca. El motivo queda en la auditoría.</translation>
    </message>
    <message>
        <source>Used at a door, the door refuses guest cards until an unblocking card is used there. Staff and emergency cards still open.</source>
        <translation>Usada en una puerta, la puerta rechaza las tarjetas de huésped hasta que se use allí una tarjeta de desbloqueo. Las tarjetas de personal y de emergencia siguen abriendo.</translation>
    </message>
    <message>
        <source>Used at a blocked door, the door takes guest cards again.</source>
        <translation>Usada en una puerta bloqueada, la puerta vuelve a aceptar las tarjetas de huésped.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Valid for, in hours</source>
        <translation>Válida durante, en horas</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Valid for (&amp;hours)</source>
        <translation>Válida durante (&amp;horas)</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>&amp;Doors</source>
        <translation>&amp;Puertas</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>No se ha indicado ningún motivo.</translation>
    </message>
    <message>
        <source>Say why the card is needed.</source>
        <translation>Diga por qué se necesita la tarjeta.</translation>
    </message>
    <message>
        <source>No door chosen.</source>
        <translation>Ninguna puerta elegida.</translation>
    </message>
    <message>
        <source>Tick the doors the card is for.</source>
        <translation>Marque las puertas de la tarjeta.</translation>
    </message>
</context>
<context>
    <name>LockoutScreen</name>
    <message>
        <source>Guest name, room or reservation key</source>
        <translation>Nombre, habitación o clave de reserva</translation>
    </message>
    <message>
        <source>Find the guest who is locked out</source>
        <translation>Buscar al huésped que no puede entrar</translation>
    </message>
    <message>
        <source>G&amp;uest</source>
        <translation>&amp;Huésped</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name or room and press Enter.</source>
        <translation>Escriba el nombre o la habitación del huésped y pulse Intro.</translation>
    </message>
    <message>
        <source>PIN codes</source>
        <translation>Códigos PIN</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Key cards</source>
        <translation>Tarjetas llave</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Pull a &amp;backup PIN</source>
        <translation>&amp;Dar un PIN de respaldo</translation>
    </message>
    <message>
        <source>Pull a backup PIN for the selected code</source>
        <translation>Dar un PIN de respaldo en lugar del código seleccionado</translation>
    </message>
    <message>
        <source>Get the guest in &amp;now</source>
        <translation>Dar &amp;acceso ahora</translation>
    </message>
    <message>
        <source>Start the stay now if it has not started, give a backup PIN, and re-encode the cards</source>
        <translation>Iniciar la estancia ahora si no ha empezado, dar un PIN de respaldo y recodificar las tarjetas</translation>
    </message>
    <message>
        <source>Backup PIN</source>
        <translation>PIN de respaldo</translation>
    </message>
    <message>
        <source>Message to the guest</source>
        <translation>Mensaje para el huésped</translation>
    </message>
    <message>
        <source>&amp;Copy message</source>
        <translation>&amp;Copiar mensaje</translation>
    </message>
    <message>
        <source>PIN &amp;slip…</source>
        <translation>Hoja de &amp;PIN…</translation>
    </message>
    <message>
        <source>Print or save the PIN slip</source>
        <translation>Imprimir o guardar la hoja de PIN</translation>
    </message>
    <message>
        <source>Message to the guest:</source>
        <translation>Mensaje para el huésped:</translation>
    </message>
    <message>
        <source>Nobody to look up.</source>
        <translation>No hay nadie que buscar.</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name or room.</source>
        <translation>Escriba el nombre o la habitación del huésped.</translation>
    </message>
    <message>
        <source>Nobody found. Type the guest&apos;s name or room and press Enter.</source>
        <translation>No se ha encontrado a nadie. Escriba el nombre o la habitación del huésped y pulse Intro.</translation>
    </message>
    <message>
        <source>no guest</source>
        <translation>sin huésped</translation>
    </message>
    <message>
        <source>{guests} · stay {key} {status}</source>
        <translation>{guests} · estancia {key} {status}</translation>
    </message>
    <message>
        <source> (backup)</source>
        <translation> (respaldo)</translation>
    </message>
    <message>
        <source>(coming)</source>
        <translation>(pendiente)</translation>
    </message>
    <message>
        <source>No PIN code to replace.</source>
        <translation>No hay ningún código PIN que sustituir.</translation>
    </message>
    <message>
        <source>This guest has no PIN on a keypad door; look the guest up first.</source>
        <translation>Este huésped no tiene PIN en ninguna puerta con teclado; búsquelo primero.</translation>
    </message>
    <message>
        <source>Backup PIN for {door}, copied to the clipboard. {state}</source>
        <translation>PIN de respaldo para {door}, copiado al portapapeles. {state}</translation>
    </message>
    <message>
        <source>Done: {done} Left to do: {left}</source>
        <translation>Hecho: {done} Queda por hacer: {left}</translation>
    </message>
    <message>
        <source>nothing.</source>
        <translation>nada.</translation>
    </message>
    <message>
        <source> Message copied.</source>
        <translation> Mensaje copiado.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Habitaciones</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Recepción</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Estancia</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Registrar &amp;entrada…</translation>
    </message>
    <message>
        <source>&amp;Group check-in…</source>
        <translation>Entrada de &amp;grupo…</translation>
    </message>
    <message>
        <source>&amp;Find a stay…</source>
        <translation>&amp;Buscar estancia…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>Lla&amp;ves</translation>
    </message>
    <message>
        <source>&amp;Lockout…</source>
        <translation>&amp;Sin acceso…</translation>
    </message>
    <message>
        <source>&amp;Read card…</source>
        <translation>&amp;Leer tarjeta…</translation>
    </message>
    <message>
        <source>&amp;Staff card…</source>
        <translation>Tarjeta de &amp;personal…</translation>
    </message>
    <message>
        <source>&amp;Encode cards for the stay…</source>
        <translation>&amp;Codificar tarjetas de la estancia…</translation>
    </message>
    <message>
        <source>&amp;Open stay…</source>
        <translation>Abrir &amp;estancia…</translation>
    </message>
    <message>
        <source>&amp;Add guest…</source>
        <translation>&amp;Añadir huésped…</translation>
    </message>
    <message>
        <source>&amp;Move room…</source>
        <translation>Ca&amp;mbiar habitación…</translation>
    </message>
    <message>
        <source>Change &amp;dates…</source>
        <translation>Cambiar &amp;fechas…</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
    <message>
        <source>Room out of order / &amp;back in order…</source>
        <translation>&amp;Habitación fuera de servicio / en servicio…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>{stays} in house · {occupied} of {total} spaces occupied · {station}</source>
        <translation>{stays} en el hotel · {occupied} de {total} espacios ocupados · {station}</translation>
    </message>
</context>
<context>
    <name>MoveRoomDialog</name>
    <message>
        <source>Move room</source>
        <translation>Cambiar habitación</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nueva habitación</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <source>&amp;New room</source>
        <translation>&amp;Nueva habitación</translation>
    </message>
    <message>
        <source>Cards already encoded for this stay will have to be encoded again.</source>
        <translation>Las tarjetas ya codificadas para esta estancia deberán codificarse de nuevo.</translation>
    </message>
    <message>
        <source>No room chosen.</source>
        <translation>Ninguna habitación elegida.</translation>
    </message>
    <message>
        <source>Type the new room&apos;s number and press Enter.</source>
        <translation>Escriba el número de la nueva habitación y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>NewCodeDialog</name>
    <message>
        <source>New PIN code on {door}</source>
        <translation>Nuevo código PIN en {door}</translation>
    </message>
    <message>
        <source>&amp;Create code</source>
        <translation>&amp;Crear código</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>Nombre del huésped</translation>
    </message>
    <message>
        <source>Valid from (date)</source>
        <translation>Válido desde (fecha)</translation>
    </message>
    <message>
        <source>Valid from (time)</source>
        <translation>Válido desde (hora)</translation>
    </message>
    <message>
        <source>Valid until (date)</source>
        <translation>Válido hasta (fecha)</translation>
    </message>
    <message>
        <source>Valid until (time)</source>
        <translation>Válido hasta (hora)</translation>
    </message>
    <message>
        <source>Times are {zone} time: the lock&apos;s own zone (an offline lock counts its time slots in it).</source>
        <translation>Las horas son hora de {zone}: la zona de la propia cerradura (una cerradura sin conexión cuenta en ella sus franjas horarias).</translation>
    </message>
    <message>
        <source>Times are {zone} time: the property&apos;s zone.</source>
        <translation>Las horas son hora de {zone}: la zona del establecimiento.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>No name given.</source>
        <translation>No se ha indicado ningún nombre.</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name for the code.</source>
        <translation>Escriba el nombre del huésped para el código.</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>OneShotCardDialog</name>
    <message>
        <source>One-shot card</source>
        <translation>Tarjeta de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Make the card</source>
        <translation>&amp;Crear la tarjeta</translation>
    </message>
    <message>
        <source>Who the visit is for</source>
        <translation>Para quién es la visita</translation>
    </message>
    <message>
        <source>Doors the card opens once</source>
        <translation>Puertas que la tarjeta abre una vez</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>The card opens each ticked door once, between these times.</source>
        <translation>La tarjeta abre cada puerta marcada una vez, entre estas horas.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Doors</source>
        <translation>&amp;Puertas</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Válida &amp;desde</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Válida &amp;hasta</translation>
    </message>
    <message>
        <source>No name given.</source>
        <translation>No se ha indicado ningún nombre.</translation>
    </message>
    <message>
        <source>Type who the visit is for.</source>
        <translation>Escriba para quién es la visita.</translation>
    </message>
    <message>
        <source>No door chosen.</source>
        <translation>Ninguna puerta elegida.</translation>
    </message>
    <message>
        <source>Tick the doors the card opens.</source>
        <translation>Marque las puertas que abre la tarjeta.</translation>
    </message>
    <message>
        <source>The card would end before it starts.</source>
        <translation>La tarjeta terminaría antes de empezar.</translation>
    </message>
    <message>
        <source>Set Valid until after Valid from.</source>
        <translation>Ponga «Válida hasta» después de «Válida desde».</translation>
    </message>
</context>
<context>
    <name>OutOfOrderDialog</name>
    <message>
        <source>Room out of order</source>
        <translation>Habitación fuera de servicio</translation>
    </message>
    <message>
        <source>&amp;Set out of order</source>
        <translation>&amp;Poner fuera de servicio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>e.g. leaking tap, repainting</source>
        <translation>p. ej. grifo que gotea, pintura</translation>
    </message>
    <message>
        <source>Out of order until (date)</source>
        <translation>Fuera de servicio hasta (fecha)</translation>
    </message>
    <message>
        <source>Out of order until (time)</source>
        <translation>Fuera de servicio hasta (hora)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>No reason given.</source>
        <translation>No se ha indicado ningún motivo.</translation>
    </message>
    <message>
        <source>Say why the room is out of order.</source>
        <translation>Indique por qué la habitación está fuera de servicio.</translation>
    </message>
</context>
<context>
    <name>PinSlipDialog</name>
    <message>
        <source>PIN slip for {guest}</source>
        <translation>Hoja de PIN de {guest}</translation>
    </message>
    <message>
        <source>Slip preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardada en {path}.</translation>
    </message>
    <message>
        <source>Save the PIN slip</source>
        <translation>Guardar la hoja de PIN</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReadCardDialog</name>
    <message>
        <source>Read card</source>
        <translation>Leer tarjeta</translation>
    </message>
    <message>
        <source>What to do with the card</source>
        <translation>Qué hacer con la tarjeta</translation>
    </message>
    <message>
        <source>The card</source>
        <translation>La tarjeta</translation>
    </message>
    <message>
        <source>Doors and what each would do</source>
        <translation>Puertas y qué haría cada una</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Opens now?</source>
        <translation>¿Abre ahora?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Read another</source>
        <translation>&amp;Leer otra</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Place the card on the reader.</source>
        <translation>Coloque la tarjeta en el lector.</translation>
    </message>
    <message>
        <source>No card was read.</source>
        <translation>No se ha leído ninguna tarjeta.</translation>
    </message>
    <message>
        <source>Card {uid} read; you may take it off the reader.</source>
        <translation>Tarjeta {uid} leída; ya puede retirarla del lector.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ReplaceLockDialog</name>
    <message>
        <source>Replace a factory-reset lock</source>
        <translation>Sustituir una cerradura restablecida de fábrica</translation>
    </message>
    <message>
        <source>&amp;Replace lock</source>
        <translation>&amp;Sustituir cerradura</translation>
    </message>
    <message>
        <source>After a factory reset the provider shows {door}&apos;s lock as a new device. Choose it: the guests&apos; codes move to it, and the old lock&apos;s codes end.</source>
        <translation>Tras un restablecimiento de fábrica el proveedor muestra la cerradura de {door} como un dispositivo nuevo. Elíjalo: los códigos de los huéspedes pasan a él y los de la cerradura anterior terminan.</translation>
    </message>
    <message>
        <source>New lock</source>
        <translation>Cerradura nueva</translation>
    </message>
    <message>
        <source>What replacing the lock does</source>
        <translation>Qué hace sustituir la cerradura</translation>
    </message>
    <message>
        <source>&amp;New lock</source>
        <translation>Cerradura &amp;nueva</translation>
    </message>
    <message>
        <source>The provider shows no other lock yet: sync, then try again.</source>
        <translation>El proveedor aún no muestra otra cerradura: sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose the new lock first.</source>
        <translation>Elija primero la cerradura nueva.</translation>
    </message>
    <message>
        <source>Wait for what it does to show.</source>
        <translation>Espere a que se muestre lo que hará.</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>No room selected.</source>
        <translation>Ninguna habitación seleccionada.</translation>
    </message>
    <message>
        <source>On the Rooms screen (Ctrl+2), pick the room&apos;s tile first.</source>
        <translation>En la pantalla Habitaciones (Ctrl+2), elija primero la ficha de la habitación.</translation>
    </message>
    <message>
        <source>{room} is out of order until {until}.</source>
        <translation>{room} está fuera de servicio hasta {until}.</translation>
    </message>
    <message>
        <source>{room} is back in order.</source>
        <translation>{room} vuelve a estar en servicio.</translation>
    </message>
</context>
<context>
    <name>RoomPicker</name>
    <message>
        <source>Type a room number, Enter to tick it</source>
        <translation>Escriba un número de habitación, Intro para marcarla</translation>
    </message>
    <message>
        <source>{name}: find a room</source>
        <translation>{name}: buscar habitación</translation>
    </message>
    <message>
        <source>No room “{typed}”. {chosen}</source>
        <translation>No existe la habitación «{typed}». {chosen}</translation>
    </message>
    <message>
        <source>Chosen: {rooms}</source>
        <translation>Elegidas: {rooms}</translation>
    </message>
    <message>
        <source>No room chosen yet.</source>
        <translation>Aún no hay habitación elegida.</translation>
    </message>
</context>
<context>
    <name>RoomsScreen</name>
    <message>
        <source>Room rack</source>
        <translation>Estado de habitaciones</translation>
    </message>
    <message>
        <source>Filter: room, guest, reservation…</source>
        <translation>Filtro: habitación, huésped, reserva…</translation>
    </message>
    <message>
        <source>Filter rooms</source>
        <translation>Filtrar habitaciones</translation>
    </message>
    <message>
        <source>Show rooms in state</source>
        <translation>Mostrar habitaciones en estado</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las habitaciones</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Due out, not checked out</source>
        <translation>Salida prevista, sin registrar</translation>
    </message>
    <message>
        <source>Override pending first use</source>
        <translation>Sustitución pendiente de primer uso</translation>
    </message>
    <message>
        <source>Out of order</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Needs attention (cards, PINs)</source>
        <translation>Requiere atención (tarjetas, PIN)</translation>
    </message>
    <message>
        <source>Show rooms on floor</source>
        <translation>Mostrar habitaciones de la planta</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>Todas las plantas</translation>
    </message>
    <message>
        <source>As ta&amp;ble</source>
        <translation>Como &amp;tabla</translation>
    </message>
    <message>
        <source>Show the rack as a table</source>
        <translation>Mostrar las habitaciones como tabla</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>red edge: cards to re-encode or a PIN problem</source>
        <translation>borde rojo: tarjetas a recodificar o problema de PIN</translation>
    </message>
    <message>
        <source>No room matches “{text}”.</source>
        <translation>Ninguna habitación coincide con «{text}».</translation>
    </message>
    <message>
        <source>As ti&amp;les</source>
        <translation>Como fic&amp;has</translation>
    </message>
    <message>
        <source>{shown} shown · {free} of {total} free</source>
        <translation>{shown} mostradas · {free} de {total} libres</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a stay</source>
        <translation>Buscar estancia</translation>
    </message>
    <message>
        <source>Guest name, room or reservation key</source>
        <translation>Nombre, habitación o clave de reserva</translation>
    </message>
    <message>
        <source>Search for a stay</source>
        <translation>Buscar una estancia</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>No stay matches.</source>
        <translation>Ninguna estancia coincide.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de ajustes</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Establecimiento</translation>
    </message>
    <message>
        <source>Spaces and doors</source>
        <translation>Espacios y puertas</translation>
    </message>
    <message>
        <source>Card encoder</source>
        <translation>Codificador de tarjetas</translation>
    </message>
    <message>
        <source>Lock provider</source>
        <translation>Proveedor de cerraduras</translation>
    </message>
    <message>
        <source>Keypad time slots</source>
        <translation>Franjas horarias de teclados</translation>
    </message>
    <message>
        <source>Property name</source>
        <translation>Nombre del establecimiento</translation>
    </message>
    <message>
        <source>Property time zone</source>
        <translation>Zona horaria del establecimiento</translation>
    </message>
    <message>
        <source>Sa&amp;ve property</source>
        <translation>Guardar e&amp;stablecimiento</translation>
    </message>
    <message>
        <source>Save property</source>
        <translation>Guardar establecimiento</translation>
    </message>
    <message>
        <source>Property &amp;name</source>
        <translation>&amp;Nombre del establecimiento</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Door locks use the property&apos;s time zone unless a door has its own.</source>
        <translation>Las cerraduras usan la zona horaria del establecimiento, salvo las puertas que tengan la suya.</translation>
    </message>
    <message>
        <source>Lock number</source>
        <translation>Número de cerradura</translation>
    </message>
    <message>
        <source>Add d&amp;oor…</source>
        <translation>&amp;Añadir puerta…</translation>
    </message>
    <message>
        <source>Add door</source>
        <translation>Añadir puerta</translation>
    </message>
    <message>
        <source>Ed&amp;it door…</source>
        <translation>&amp;Modificar puerta…</translation>
    </message>
    <message>
        <source>Edit the selected door</source>
        <translation>Modificar la puerta seleccionada</translation>
    </message>
    <message>
        <source>Card encoder driver</source>
        <translation>Controlador del codificador</translation>
    </message>
    <message>
        <source>&amp;Use this encoder</source>
        <translation>&amp;Usar este codificador</translation>
    </message>
    <message>
        <source>&amp;Encoder</source>
        <translation>&amp;Codificador</translation>
    </message>
    <message>
        <source>The encoder is this workstation&apos;s own reader; each desk chooses its own.</source>
        <translation>El codificador es el lector de este puesto; cada recepción elige el suyo.</translation>
    </message>
    <message>
        <source>Lock provider driver</source>
        <translation>Controlador del proveedor</translation>
    </message>
    <message>
        <source>Provider endpoint</source>
        <translation>Dirección del proveedor</translation>
    </message>
    <message>
        <source>stored in the OS keyring; leave empty to keep the current key</source>
        <translation>se guarda en el llavero del sistema; vacío para conservar la actual</translation>
    </message>
    <message>
        <source>Provider API key</source>
        <translation>Clave API del proveedor</translation>
    </message>
    <message>
        <source>&amp;Save provider</source>
        <translation>&amp;Guardar proveedor</translation>
    </message>
    <message>
        <source>End&amp;point</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Ask the provider again</source>
        <translation>&amp;Preguntar de nuevo al proveedor</translation>
    </message>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Time slots</source>
        <translation>Franjas horarias</translation>
    </message>
    <message>
        <source>Offline keypads accept codes only for the time slots set on the lock.</source>
        <translation>Los teclados sin conexión solo aceptan códigos para las franjas configuradas en la cerradura.</translation>
    </message>
    <message>
        <source>In use: {driver} (from {source})</source>
        <translation>En uso: {driver} (según {source})</translation>
    </message>
    <message>
        <source>{name} (unavailable: {why})</source>
        <translation>{name} (no disponible: {why})</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>online PIN</source>
        <translation>PIN en línea</translation>
    </message>
    <message>
        <source>offline PIN</source>
        <translation>PIN sin conexión</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (common door)</source>
        <translation>no (puerta común)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Puerta</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Takes</source>
        <translation>Admite</translation>
    </message>
    <message>
        <source>Device at provider</source>
        <translation>Dispositivo en el proveedor</translation>
    </message>
    <message>
        <source>D&amp;river</source>
        <translation>C&amp;ontrolador</translation>
    </message>
    <message>
        <source>API ke&amp;y</source>
        <translation>C&amp;lave API</translation>
    </message>
    <message>
        <source>the property&apos;s</source>
        <translation>la del establecimiento</translation>
    </message>
    <message>
        <source>none known yet</source>
        <translation>ninguna conocida aún</translation>
    </message>
    <message>
        <source>No offline keypad known yet.</source>
        <translation>Aún no se conoce ningún teclado sin conexión.</translation>
    </message>
    <message>
        <source>Property saved: {name}, {zone}.</source>
        <translation>Establecimiento guardado: {name}, {zone}.</translation>
    </message>
    <message>
        <source>Select a door in the table first, then choose Edit door.</source>
        <translation>Seleccione primero una puerta en la tabla y elija Modificar puerta.</translation>
    </message>
    <message>
        <source>Door saved: {name}.</source>
        <translation>Puerta guardada: {name}.</translation>
    </message>
    <message>
        <source>This desk now encodes with {name}.</source>
        <translation>Este puesto codifica ahora con {name}.</translation>
    </message>
    <message>
        <source>Lock provider saved: {driver}.</source>
        <translation>Proveedor guardado: {driver}.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in to FrontDesk</source>
        <translation>Iniciar sesión en FrontDesk</translation>
    </message>
    <message>
        <source>Operators: press an operator&apos;s number</source>
        <translation>Operadores: pulse el número de un operador</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>StaffCardDialog</name>
    <message>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <source>&amp;Make the card</source>
        <translation>&amp;Crear la tarjeta</translation>
    </message>
    <message>
        <source>Staff member&apos;s name</source>
        <translation>Nombre del empleado</translation>
    </message>
    <message>
        <source>{name} ({n} doors)</source>
        <translation>{name} ({n} puertas)</translation>
    </message>
    <message>
        <source>Door group {name}</source>
        <translation>Grupo de puertas {name}</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Times are {zone} time: the property&apos;s zone.</source>
        <translation>Las horas son hora de {zone}: la zona del establecimiento.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Door &amp;groups</source>
        <translation>&amp;Grupos de puertas</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Válida &amp;desde</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>Válida &amp;hasta</translation>
    </message>
    <message>
        <source>Only on a s&amp;hift</source>
        <translation>Solo en un &amp;turno</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Shift starts</source>
        <translation>Empieza el turno</translation>
    </message>
    <message>
        <source>Shift ends</source>
        <translation>Acaba el turno</translation>
    </message>
    <message>
        <source>No shift day chosen.</source>
        <translation>Ningún día de turno elegido.</translation>
    </message>
    <message>
        <source>Tick the days of the shift.</source>
        <translation>Marque los días del turno.</translation>
    </message>
    <message>
        <source>The shift starts and ends at the same time.</source>
        <translation>El turno empieza y acaba a la misma hora.</translation>
    </message>
    <message>
        <source>Set when the shift ends.</source>
        <translation>Indique cuándo acaba el turno.</translation>
    </message>
    <message>
        <source>No name given.</source>
        <translation>No se ha indicado ningún nombre.</translation>
    </message>
    <message>
        <source>Type the staff member&apos;s name.</source>
        <translation>Escriba el nombre del empleado.</translation>
    </message>
    <message>
        <source>No door group chosen.</source>
        <translation>Ningún grupo de puertas elegido.</translation>
    </message>
    <message>
        <source>Tick at least one door group.</source>
        <translation>Marque al menos un grupo de puertas.</translation>
    </message>
    <message>
        <source>The card would end before it starts.</source>
        <translation>La tarjeta terminaría antes de empezar.</translation>
    </message>
    <message>
        <source>Set Valid until after Valid from.</source>
        <translation>Ponga «Válida hasta» después de «Válida desde».</translation>
    </message>
</context>
<context>
    <name>StayCardsPanel</name>
    <message>
        <source>Cards of the stay</source>
        <translation>Tarjetas de la estancia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Du&amp;plicate…</source>
        <translation>Du&amp;plicar…</translation>
    </message>
    <message>
        <source>Another card with the same access as the selected card</source>
        <translation>Otra tarjeta con el mismo acceso que la tarjeta elegida</translation>
    </message>
    <message>
        <source>Lost: &amp;cancel card…</source>
        <translation>Perdida: a&amp;nular tarjeta…</translation>
    </message>
    <message>
        <source>The selected card was lost or stolen: newer cards tell the doors</source>
        <translation>La tarjeta elegida se perdió o la robaron: las tarjetas nuevas avisan a las puertas</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>being written</source>
        <translation>escribiéndose</translation>
    </message>
    <message>
        <source>unconfirmed: may still open until revoked — revoked</source>
        <translation>sin confirmar: puede abrir hasta que la puerta sepa que está revocada — revocada</translation>
    </message>
    <message>
        <source>not written: opens nothing</source>
        <translation>no escrita: no abre nada</translation>
    </message>
    <message>
        <source>encoded again since</source>
        <translation>recodificada después</translation>
    </message>
    <message>
        <source>written over for another stay</source>
        <translation>sobrescrita para otra estancia</translation>
    </message>
    <message>
        <source>cancelled (lost)</source>
        <translation>anulada (perdida)</translation>
    </message>
    <message>
        <source>revoked (access ended)</source>
        <translation>revocada (acceso terminado)</translation>
    </message>
    <message>
        <source>collected at check-out</source>
        <translation>recogida a la salida</translation>
    </message>
    <message>
        <source>needs re-encoding</source>
        <translation>hay que recodificarla</translation>
    </message>
    <message>
        <source>No card selected.</source>
        <translation>Ninguna tarjeta elegida.</translation>
    </message>
    <message>
        <source>Select a card of the stay first.</source>
        <translation>Elija primero una tarjeta de la estancia.</translation>
    </message>
    <message>
        <source>Cancel card {serial} of {guest}, {room}? It stops opening each door once a newer card has been used there.</source>
        <translation>¿Anular la tarjeta {serial} de {guest}, {room}? Deja de abrir cada puerta en cuanto se use allí una tarjeta más nueva.</translation>
    </message>
    <message>
        <source>no one</source>
        <translation>nadie</translation>
    </message>
</context>
<context>
    <name>StayDates</name>
    <message>
        <source>Arrival date</source>
        <translation>Fecha de llegada</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Hora de llegada</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Hora de salida</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>&amp;Ahora</translation>
    </message>
    <message>
        <source>Arrive now</source>
        <translation>Llegada ahora</translation>
    </message>
    <message>
        <source>The stay starts this minute, so the key opens at once.</source>
        <translation>La estancia empieza en este momento, así que la llave abre enseguida.</translation>
    </message>
    <message>
        <source>&amp;Arrival</source>
        <translation>&amp;Llegada</translation>
    </message>
    <message>
        <source>D&amp;eparture</source>
        <translation>&amp;Salida</translation>
    </message>
</context>
<context>
    <name>StayDetailsDialog</name>
    <message>
        <source>Stay {key}</source>
        <translation>Estancia {key}</translation>
    </message>
    <message>
        <source>Guests of the stay</source>
        <translation>Huéspedes de la estancia</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Huésped</translation>
    </message>
    <message>
        <source>Doors</source>
        <translation>Puertas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add guest…</source>
        <translation>&amp;Añadir huésped…</translation>
    </message>
    <message>
        <source>&amp;Move room…</source>
        <translation>Ca&amp;mbiar habitación…</translation>
    </message>
    <message>
        <source>C&amp;hange dates…</source>
        <translation>Cambiar &amp;fechas…</translation>
    </message>
    <message>
        <source>Check &amp;out…</source>
        <translation>Registrar &amp;salida…</translation>
    </message>
    <message>
        <source>&amp;Encode cards…</source>
        <translation>&amp;Codificar tarjetas…</translation>
    </message>
    <message>
        <source>&amp;Lockout…</source>
        <translation>S&amp;in acceso…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Overridden by {key}: these cards stop once the new card is first used.</source>
        <translation>Sustituida por {key}: estas tarjetas dejan de abrir cuando se use la nueva.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de sincronización</translation>
    </message>
    <message>
        <source>Sync: not run yet</source>
        <translation>Sincronización: aún no ejecutada</translation>
    </message>
    <message>
        <source>Sync state unknown: {title}</source>
        <translation>Estado de sincronización desconocido: {title}</translation>
    </message>
    <message>
        <source>Offline · last failure: {title}</source>
        <translation>Sin conexión · último fallo: {title}</translation>
    </message>
    <message>
        <source>Sync failed: {title}</source>
        <translation>La sincronización falló: {title}</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>stay</source>
        <translation>estancia</translation>
    </message>
    <message>
        <source>⇄ overridden: its cards work until the new card&apos;s first use</source>
        <translation>⇄ sustituida: sus tarjetas abren hasta que se use la nueva</translation>
    </message>
    <message>
        <source>✖ out of order</source>
        <translation>✖ fuera de servicio</translation>
    </message>
    <message>
        <source>Enter or a click on a free night: check in there.</source>
        <translation>Intro o clic en una noche libre: registrar la entrada ahí.</translation>
    </message>
    <message>
        <source>{rooms} rooms · {first} to {last}</source>
        <translation>{rooms} habitaciones · de {first} a {last}</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Arrivals</source>
        <translation>Llegadas</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>En el hotel</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>&amp;Arrivals</source>
        <translation>&amp;Llegadas</translation>
    </message>
    <message>
        <source>&amp;In house</source>
        <translation>En el &amp;hotel</translation>
    </message>
    <message>
        <source>De&amp;partures</source>
        <translation>&amp;Salidas</translation>
    </message>
    <message>
        <source>{name} · {day} · {zone} · F3 finds a stay, Ctrl+N checks in</source>
        <translation>{name} · {day} · {zone} · F3 busca una estancia, Ctrl+N registra una entrada</translation>
    </message>
</context>
<context>
    <name>VirtualHandBar</name>
    <message>
        <source>Virtual card type</source>
        <translation>Tipo de tarjeta virtual</translation>
    </message>
    <message>
        <source>Place a &amp;virtual card</source>
        <translation>Poner una tarjeta &amp;virtual</translation>
    </message>
    <message>
        <source>Place a virtual card on the reader</source>
        <translation>Poner una tarjeta virtual en el lector</translation>
    </message>
    <message>
        <source>&amp;Take the card off</source>
        <translation>&amp;Quitar la tarjeta</translation>
    </message>
    <message>
        <source>Take the virtual card off the reader</source>
        <translation>Quitar la tarjeta virtual del lector</translation>
    </message>
    <message>
        <source>Simulated encoder:</source>
        <translation>Codificador simulado:</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <source>Check the guest in again.</source>
        <translation>Vuelva a registrar la entrada del huésped.</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Staff card</source>
        <translation>Tarjeta de personal</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>una visita</translation>
    </message>
    <message>
        <source>One-shot card</source>
        <translation>Tarjeta de un solo uso</translation>
    </message>
    <message>
        <source>card {serial}</source>
        <translation>tarjeta {serial}</translation>
    </message>
    <message>
        <source>Duplicate card</source>
        <translation>Duplicar tarjeta</translation>
    </message>
    <message>
        <source>every door</source>
        <translation>todas las puertas</translation>
    </message>
    <message>
        <source>No stay selected.</source>
        <translation>Ninguna estancia seleccionada.</translation>
    </message>
    <message>
        <source>Pick a stay in a list, or press F3 to find one by name, room or key.</source>
        <translation>Elija una estancia en una lista o pulse F3 para buscarla por nombre, habitación o clave.</translation>
    </message>
    <message>
        <source>This stay is checked out.</source>
        <translation>Esta estancia ya tiene la salida registrada.</translation>
    </message>
    <message>
        <source>Check the guest in as a new stay.</source>
        <translation>Registre al huésped como una estancia nueva.</translation>
    </message>
</context>
</TS>
