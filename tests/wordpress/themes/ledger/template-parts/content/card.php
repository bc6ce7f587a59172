<?php
/**
 * Kort i inläggsgriden (listningar och "Fler inlägg från VD-bloggen").
 *
 * Argument: heading (h2|h3), default h2.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_heading = ( isset( $args['heading'] ) && in_array( $args['heading'], array( 'h2', 'h3' ), true ) ) ? $args['heading'] : 'h2';
$ledger_sticky  = is_sticky() && is_home() && ! is_paged();
$ledger_title   = get_the_title();
if ( '' === trim( wp_strip_all_tags( $ledger_title ) ) ) {
	$ledger_title = __( '(Utan rubrik)', 'ledger' );
}
?>
<article id="post-<?php the_ID(); ?>" class="lg-card<?php echo $ledger_sticky ? ' lg-card--featured' : ''; ?>">
	<a class="lg-card__media" href="<?php the_permalink(); ?>" tabindex="-1" aria-hidden="true">
		<?php if ( has_post_thumbnail() && ! post_password_required() ) : ?>
			<?php
			the_post_thumbnail(
				'ledger-card',
				array(
					'class'   => 'lg-card__image',
					'alt'     => '',
					'loading' => 'lazy',
				)
			);
			?>
		<?php else : ?>
			<span class="lg-card__placeholder"><?php echo ledger_icon( 'house' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></span>
		<?php endif; ?>
	</a>

	<div class="lg-card__body">
		<p class="lg-card__meta">
			<?php ledger_posted_on(); ?>
			<?php if ( $ledger_sticky ) : ?>
				<span class="lg-badge lg-badge--sun"><?php esc_html_e( 'Utvalt', 'ledger' ); ?></span>
			<?php endif; ?>
			<?php if ( post_password_required() ) : ?>
				<span class="lg-badge"><?php esc_html_e( 'Lösenordsskyddat', 'ledger' ); ?></span>
			<?php endif; ?>
		</p>

		<<?php echo esc_html( $ledger_heading ); ?> class="lg-card__title">
			<a href="<?php the_permalink(); ?>"><?php echo wp_kses_post( $ledger_title ); ?></a>
		</<?php echo esc_html( $ledger_heading ); ?>>

		<div class="lg-card__excerpt">
			<p><?php echo wp_kses_post( get_the_excerpt() ); ?></p>
		</div>

		<a class="lg-card__more" href="<?php the_permalink(); ?>">
			<?php esc_html_e( 'Läs mer', 'ledger' ); ?>
			<span class="screen-reader-text">
				<?php
				/* translators: %s: inläggets rubrik. */
				echo esc_html( sprintf( __( 'om ”%s”', 'ledger' ), wp_strip_all_tags( $ledger_title ) ) );
				?>
			</span>
			<?php echo ledger_icon( 'arrow-right' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
		</a>
	</div>
</article>
