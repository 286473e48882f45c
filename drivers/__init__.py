"""Adapters to hardware and remote services, one subpackage per driver.

FrontDesk never imports these directly: each driver is found through an entry point group
(``frontdesk.encoders``, ``frontdesk.lock_providers``) and implements a Protocol from
``frontdesk.services``.
"""
