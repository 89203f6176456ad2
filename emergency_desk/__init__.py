"""EmergencyDesk (应急资源台账): registers for township emergency offices."""

__version__ = "0.1.0"
