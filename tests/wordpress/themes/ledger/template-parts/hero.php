<?php
/**
 * Hero-bandet högst upp på inlägg och sidor. Ligger UTANFÖR innehållsbehållaren:
 * rubrik (h1) och datum här, innehållet i .lg-article nedanför.
 *
 * Argument: show_date (bool), kicker (string), kicker_url (string).
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_image     = ledger_hero_image_url();
$ledger_show_date = ! empty( $args['show_date'] );
$ledger_kicker    = isset( $args['kicker'] ) ? $args['kicker'] : '';
$ledger_kick_url  = isset( $args['kicker_url'] ) ? $args['kicker_url'] : '';

$ledger_classes = 'lg-hero ' . ( $ledger_image ? 'lg-hero--image' : 'lg-hero--plain' );
?>
<section class="<?php echo esc_attr( $ledger_classes ); ?>"<?php echo $ledger_image ? ' style="background-image: url(\'' . esc_url( $ledger_image ) . '\');"' : ''; ?> aria-labelledby="lg-hero-title">
	<div class="lg-hero__shade" aria-hidden="true"></div>
	<div class="lg-container lg-hero__inner">
		<?php if ( $ledger_kicker ) : ?>
			<p class="lg-hero__kicker">
				<?php if ( $ledger_kick_url ) : ?>
					<a href="<?php echo esc_url( $ledger_kick_url ); ?>"><?php echo esc_html( $ledger_kicker ); ?></a>
				<?php else : ?>
					<?php echo esc_html( $ledger_kicker ); ?>
				<?php endif; ?>
			</p>
		<?php endif; ?>

		<h1 class="lg-hero__title" id="lg-hero-title"><?php the_title(); ?></h1>

		<?php if ( $ledger_show_date ) : ?>
			<p class="lg-hero__meta"><?php ledger_posted_on( __( 'Publicerad', 'ledger' ) ); ?></p>
		<?php endif; ?>
	</div>
</section>
