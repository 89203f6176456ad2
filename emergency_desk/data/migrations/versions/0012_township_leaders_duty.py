"""township: leadership_member, duty_roster, duty_log

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 17:12:23
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duty_log',
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('caller', sa.String(length=100), nullable=True),
    sa.Column('caller_phone', sa.String(length=30), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('handler', sa.String(length=50), nullable=True),
    sa.Column('reported_to', sa.String(length=100), nullable=True),
    sa.Column('reported_at', sa.DateTime(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_duty_log_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_log')),
    sa.UniqueConstraint('uuid', name=op.f('uq_duty_log_uuid'))
    )
    with op.batch_alter_table('duty_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_log_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_log_received_at'), ['received_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_log_region_id'), ['region_id'], unique=False)

    op.create_table('duty_roster',
    sa.Column('region_id', sa.Integer(), nullable=False),
    sa.Column('duty_date', sa.Date(), nullable=False),
    sa.Column('shift', sa.String(length=16), nullable=False),
    sa.Column('leader', sa.String(length=50), nullable=True),
    sa.Column('leader_phone', sa.String(length=20), nullable=True),
    sa.Column('officer', sa.String(length=100), nullable=True),
    sa.Column('officer_phone', sa.String(length=20), nullable=True),
    sa.Column('duty_phone', sa.String(length=30), nullable=True),
    sa.Column('flood_season', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['region_id'], ['region.id'], name=op.f('fk_duty_roster_region_id_region'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_roster')),
    sa.UniqueConstraint('uuid', name=op.f('uq_duty_roster_uuid'))
    )
    with op.batch_alter_table('duty_roster', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_duty_roster_duty_date'), ['duty_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_roster_is_deleted'), ['is_deleted'], unique=False)
        batch_op.create_index('ix_duty_roster_region_date', ['region_id', 'duty_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_duty_roster_region_id'), ['region_id'], unique=False)

    op.create_table('leadership_member',
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('post', sa.String(length=100), nullable=True),
    sa.Column('mobile', sa.String(length=20), nullable=True),
    sa.Column('office_phone', sa.String(length=30), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('is_deleted', sa.Boolean(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('remark', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['group_id'], ['leadership_group.id'], name=op.f('fk_leadership_member_group_id_leadership_group'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_leadership_member')),
    sa.UniqueConstraint('uuid', name=op.f('uq_leadership_member_uuid'))
    )
    with op.batch_alter_table('leadership_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_leadership_member_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_leadership_member_is_deleted'), ['is_deleted'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('leadership_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_leadership_member_is_deleted'))
        batch_op.drop_index(batch_op.f('ix_leadership_member_group_id'))

    op.drop_table('leadership_member')
    with op.batch_alter_table('duty_roster', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_roster_region_id'))
        batch_op.drop_index('ix_duty_roster_region_date')
        batch_op.drop_index(batch_op.f('ix_duty_roster_is_deleted'))
        batch_op.drop_index(batch_op.f('ix_duty_roster_duty_date'))

    op.drop_table('duty_roster')
    with op.batch_alter_table('duty_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_duty_log_region_id'))
        batch_op.drop_index(batch_op.f('ix_duty_log_received_at'))
        batch_op.drop_index(batch_op.f('ix_duty_log_is_deleted'))

    op.drop_table('duty_log')
