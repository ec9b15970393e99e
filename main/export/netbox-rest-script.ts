// The script the NetBox export writes beside cable-assemblies.json: NetBox's REST API takes a
// cable with several terminations per side (POST /api/dcim/cables/, a_terminations and
// b_terminations lists; dcim/api/serializers_/cables.py, NetBox 4.5+), but names each termination
// by object_type and object_id (netbox/api/serializers/generic.py GenericObjectSerializer), which a
// plan does not know. The script looks each port up by site, device and name
// (GET /api/dcim/{interfaces,front-ports,rear-ports}/?site=&device=&name=, DeviceComponentFilterSet)
// and posts the cables in one request, which NetBox validates whole and saves in one transaction
// (netbox/api/viewsets/__init__.py perform_create, transaction.atomic). Python 3 standard library only; the token is sent as
// "Bearer" for v2 tokens (prefix nbt_) and "Token" for v1 (netbox/api/authentication.py, 4.5+).

export const NETBOX_REST_SCRIPT_NAME = 'netbox-cables.py';

export const NETBOX_REST_SCRIPT = `#!/usr/bin/env python3
"""Create the cables of cable-assemblies.json in NetBox 4.5+ through its REST API.

Usage:  NETBOX_URL=https://netbox.example.com NETBOX_TOKEN=... python3 netbox-cables.py cable-assemblies.json [--dry-run]

Each termination {object_type, device, name} is looked up by site, device and name, then all
cables are sent in one POST /api/dcim/cables/ (NetBox creates all or none). --dry-run prints the
request body instead of sending it. Written by Trayline's NetBox export.
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

ENDPOINT = {'dcim.interface': 'interfaces', 'dcim.frontport': 'front-ports', 'dcim.rearport': 'rear-ports'}


def call(method, path, body=None):
    base = os.environ.get('NETBOX_URL', '').rstrip('/')
    token = os.environ.get('NETBOX_TOKEN', '')
    if not base or not token:
        sys.exit('netbox-cables.py: set NETBOX_URL and NETBOX_TOKEN')
    keyword = 'Bearer' if token.startswith('nbt_') else 'Token'
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={
        'Authorization': keyword + ' ' + token,
        'Content-Type': 'application/json',
        'Accept': 'application/json',
    })
    try:
        with urllib.request.urlopen(request) as response:
            return json.load(response)
    except urllib.error.HTTPError as e:
        sys.exit('netbox-cables.py: %s %s: HTTP %d: %s' % (method, path, e.code, e.read().decode('utf-8', 'replace')[:2000]))


def resolve(site, label, t):
    endpoint = ENDPOINT.get(t['object_type'])
    if endpoint is None:
        sys.exit('netbox-cables.py: cable %s: unknown object_type %s' % (label, t['object_type']))
    query = urllib.parse.urlencode({'site': site, 'device': t['device'], 'name': t['name']})
    found = call('GET', '/api/dcim/%s/?%s' % (endpoint, query))['results']
    if len(found) != 1:
        sys.exit('netbox-cables.py: cable %s: %d %s named %s on device %s in site %s (import the devices first)'
                 % (label, len(found), endpoint, t['name'], t['device'], site))
    return {'object_type': t['object_type'], 'object_id': found[0]['id']}


def main():
    args = [a for a in sys.argv[1:] if a != '--dry-run']
    if len(args) != 1:
        sys.exit(__doc__)
    with open(args[0], encoding='utf-8') as f:
        plan = json.load(f)
    body = []
    for cable in plan['cables']:
        out = {k: v for k, v in cable.items() if k not in ('a_terminations', 'b_terminations') and v not in ('', None)}
        for side in ('a_terminations', 'b_terminations'):
            out[side] = [resolve(plan['site_slug'], cable['label'], t) for t in cable[side]]
        body.append(out)
    if '--dry-run' in sys.argv:
        print(json.dumps(body, indent=2))
        return
    created = call('POST', '/api/dcim/cables/', body)
    print('created %d cables' % len(created))


if __name__ == '__main__':
    main()
`;
