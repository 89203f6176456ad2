"""the regions of one level from an index (issue 20)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 04:10:00

Every register page fills its 乡镇 filter with the county's townships, and `check` and the
coverage read the county or the townships by level: without an index SQLite walked every live
region (25,000 at county scale, 13 ms each time on the GUI thread) to find 109 townships.
"""
from alembic import op


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index('ix_region_level', ['level', 'is_deleted'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index('ix_region_level')
