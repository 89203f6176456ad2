"""month-precision dates and extra fields: <date>_month flags, extra JSON

Registers write 出生年月 1980.03 and 有效期至 2024.07: the flag beside the date says no day is
known (data/dates.py). Columns of an imported sheet that map to no field are kept in `extra`.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-05 17:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

MONTH_FLAGS = {
    'person': ('birth_date_month',),
    'training_event': ('date_month',),
    'info_officer': ('appoint_date_month',),
    'team_member': ('join_date_month', 'insurance_expiry_month'),
    'equipment': ('acquire_date_month', 'expiry_date_month'),
    'stock_batch': ('production_date_month', 'expiry_date_month'),
}
EXTRA = ('info_officer', 'rescue_team', 'team_member', 'equipment', 'stock_batch')


def upgrade() -> None:
    for table in sorted(set(MONTH_FLAGS) | set(EXTRA)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for flag in MONTH_FLAGS.get(table, ()):
                batch_op.add_column(sa.Column(flag, sa.Boolean(), nullable=False,
                                              server_default=sa.false()))
            if table in EXTRA:
                batch_op.add_column(sa.Column('extra', sa.Text(), nullable=True))


def downgrade() -> None:
    for table in sorted(set(MONTH_FLAGS) | set(EXTRA)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table in EXTRA:
                batch_op.drop_column('extra')
            for flag in MONTH_FLAGS.get(table, ()):
                batch_op.drop_column(flag)
