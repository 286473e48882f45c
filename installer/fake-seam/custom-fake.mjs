// Start Seam's public fake server (@seamapi/fake-seam-connect, pinned in package.json) for
// FrontDesk's integration tests, with the fake's own seed plus hotel-shaped state the seed lacks.
//
// Usage: PORT=NNNN node custom-fake.mjs      (or ./start.sh NNNN)
//
// What this adds on top of `--seed` (API key seam_apikey1_token, workspace seed_workspace_1):
//   * hotel_room_101: an online keypad with location.time_zone, supported_code_lengths,
//     code_constraints and a backup code pool (the seed's devices have none of these).
//   * hotel_cottage_1: an offline dormakaba-Oracode-like door that can only program offline codes,
//     with properties.dormakaba_oracode_metadata.predefined_time_slots (no Seam endpoint serves
//     time slots; they live on the device).
//   * Control routes under /_frontdesk/ (no auth; the server only listens on loopback):
//       POST /_frontdesk/update_access_code {access_code_id, ...fields}   e.g. errors, warnings, status
//       POST /_frontdesk/update_device      {device_id, ...fields}        e.g. properties.online=false
//       POST /_frontdesk/fail_next          {route, count?, status?, body?} the next `count` requests to
//                                            `route` answer `status` with `body` (JSON) before the fake sees them
//       POST /_frontdesk/clear_failures     {}
//   The fake's own hook POST /_fake/simulate_workspace_outage {workspace_id, routes} still works
//   (routes: [] ends the outage; the fake has no recovery route).
import net from "node:net"
import process from "node:process"

import { createFake } from "@seamapi/fake-seam-connect"

const HOST = process.env.FAKE_SEAM_HOST ?? "127.0.0.1"
const PORT = Number(process.env.PORT ?? "0")
const WORKSPACE = "seed_workspace_1"
const TIME_ZONE = "Europe/Berlin"

// The fake calls server.listen(port) with no host, which binds every interface. A test fake
// with a well-known API key must not be reachable from the network: pin the host to loopback.
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (typeof args[0] === "number" && (args.length === 1 || typeof args[1] === "function")) {
    args.splice(1, 0, HOST)
  }
  return originalListen.apply(this, args)
}

const slot = (name, checkIn, checkOut, extra = {}) => ({
  name,
  prefix: 0,
  check_in_time: `${checkIn}:00+01:00[${TIME_ZONE}]`,
  check_out_time: `${checkOut}:00+01:00[${TIME_ZONE}]`,
  is_24_hour: false,
  is_biweekly_mode: false,
  is_one_shot: false,
  is_master: false,
  dormakaba_oracode_user_level_id: "00000000-0000-4000-8000-000000000001",
  dormakaba_oracode_user_level_prefix: 1,
  ...extra,
})

function addHotelState(db) {
  db.addDevice({
    device_id: "hotel_room_101",
    device_type: "schlage_lock",
    display_name: "Room 101",
    name: "Room 101",
    workspace_id: WORKSPACE,
    can_remotely_lock: true,
    can_remotely_unlock: true,
    can_program_online_access_codes: true,
    properties: {
      online: true,
      supported_code_lengths: [4, 6],
      code_constraints: [{ constraint_type: "no_zeros" }],
      supports_backup_access_code_pool: true,
      backup_access_code_pool_enabled: true,
    },
  })
  // addDevice drops top-level fields it does not know; updateDevice merges them in.
  db.updateDevice({
    device_id: "hotel_room_101",
    can_program_offline_access_codes: false,
    location: { location_name: "Hotel Demo", time_zone: TIME_ZONE },
  })
  db.addAccessCode({
    workspace_id: WORKSPACE,
    device_id: "hotel_room_101",
    name: "Backup pool code",
    code: "7391",
    type: "ongoing",
    is_backup: true,
  })

  db.addDevice({
    device_id: "hotel_cottage_1",
    device_type: "dormakaba_oracode_door",
    display_name: "Cottage 1",
    name: "Cottage 1",
    workspace_id: WORKSPACE,
    can_program_online_access_codes: false,
    properties: {
      online: false,
      supported_code_lengths: [9],
      dormakaba_oracode_metadata: {
        door_id: 1,
        door_name: "Cottage 1",
        door_is_wireless: false,
        device_id: 101,
        site_name: "Hotel Demo",
        iana_timezone: TIME_ZONE,
        predefined_time_slots: [
          slot("Standard 4pm-10am", "16:00", "10:00"),
          slot("Late 6pm-12pm", "18:00", "12:00"),
          slot("24 hour 12pm-12pm", "12:00", "12:00", { is_24_hour: true }),
        ],
      },
    },
  })
  db.updateDevice({
    device_id: "hotel_cottage_1",
    can_program_offline_access_codes: true,
    location: { location_name: "Hotel Demo", time_zone: TIME_ZONE },
  })
}

async function readJson(req) {
  const chunks = []
  for await (const chunk of req) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString("utf8")
  return text === "" ? {} : JSON.parse(text)
}

function reply(res, status, body) {
  res.statusCode = status
  res.setHeader("content-type", "application/json")
  res.end(JSON.stringify(body))
}

const failures = new Map() // route -> {count, status, body}

async function control(db, req, res) {
  const path = req.url.split("?")[0]
  try {
    const body = await readJson(req)
    if (path === "/_frontdesk/update_access_code") {
      return reply(res, 200, { access_code: db.updateAccessCode(body), ok: true })
    }
    if (path === "/_frontdesk/update_device") {
      return reply(res, 200, { device: db.updateDevice(body), ok: true })
    }
    if (path === "/_frontdesk/fail_next") {
      failures.set(body.route, {
        count: body.count ?? 1,
        status: body.status ?? 500,
        body: body.body ?? { error: { type: "internal_server_error", message: "Injected failure" }, ok: false },
      })
      return reply(res, 200, { ok: true })
    }
    if (path === "/_frontdesk/clear_failures") {
      failures.clear()
      return reply(res, 200, { ok: true })
    }
    return reply(res, 404, { error: { type: "not_found", message: `No control route ${path}` }, ok: false })
  } catch (err) {
    return reply(res, 400, { error: { type: "invalid_input", message: String(err?.message ?? err) }, ok: false })
  }
}

function injectedFailure(req, res) {
  const path = req.url.split("?")[0]
  const failure = failures.get(path)
  if (failure == null || failure.count <= 0) return false
  failure.count -= 1
  res.statusCode = failure.status
  res.setHeader("seam-request-id", `injected_${Date.now()}`)
  if (failure.body === null) {
    res.end()
  } else if (typeof failure.body === "string") {
    res.setHeader("content-type", "text/plain")
    res.end(failure.body)
  } else {
    res.setHeader("content-type", "application/json")
    res.end(JSON.stringify(failure.body))
  }
  return true
}

const fake = await createFake()
await fake.seed()
addHotelState(fake.database)
const server = await fake.startServer({ port: PORT, signals: [] })

// Put our control routes and failure injection in front of the fake's own request handler.
const httpServer = server.server
const fakeHandlers = httpServer.listeners("request")
httpServer.removeAllListeners("request")
httpServer.on("request", (req, res) => {
  if (req.url.startsWith("/_frontdesk/")) return void control(fake.database, req, res)
  if (injectedFailure(req, res)) return
  for (const handler of fakeHandlers) handler.call(httpServer, req, res)
})

const { port } = httpServer.address()
process.stdout.write(`fake-seam listening on http://${HOST}:${port}\n`)

const stop = () => {
  httpServer.close()
  process.exit(0)
}
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
