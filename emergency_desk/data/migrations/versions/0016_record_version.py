"""record version: a `row_version` column on every register table (saving over a changed record)

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-05 18:15:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0014'  # re-chained in number order
branch_labels = None
depends_on = None

# Every table whose model has RecordMixin (data/base.py), as of this revision.
TABLES = ('agreement_line', 'agreement_reserve', 'annual_drill', 'app_user', 'certificate',
          'drill', 'drill_plan', 'drill_team', 'emergency_plan', 'equipment', 'equipment_maint',
          'info_officer', 'leadership_group', 'person', 'plan_attachment', 'plan_evaluation',
          'plan_resource', 'plan_revision', 'region', 'rescue_team', 'stock_batch', 'stock_doc',
          'stock_doc_line', 'stock_quota', 'stocktake', 'stocktake_line', 'supply_category',
          'supply_item', 'team_member', 'training_attendance', 'training_event', 'warehouse',
          # issue 16's registers (0012–0014)
          'contact_entry', 'duty_log', 'duty_roster', 'expert', 'flood_pledge', 'hazard_point',
          'leadership_member', 'shelter', 'village_manager')


def upgrade() -> None:
    # A plain ADD COLUMN (no table copy): existing rows start at version 1.
    for table in TABLES:
        op.add_column(table, sa.Column('row_version', sa.Integer(), server_default='1',
                                       nullable=False))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('row_version')
