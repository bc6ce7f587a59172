<?php
/**
 * Sökresultat. Samma kortgrid som bloggen, med sökfältet överst.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

get_header();

$ledger_header = ledger_listing_header();
?>

<section class="lg-listing-hero lg-listing-hero--search" aria-labelledby="lg-listing-title">
	<div class="lg-container">
		<p class="lg-listing-hero__kicker"><?php echo esc_html( $ledger_header['kicker'] ); ?></p>
		<h1 class="lg-listing-hero__title" id="lg-listing-title"><?php echo esc_html( $ledger_header['title'] ); ?></h1>
		<p class="lg-listing-hero__intro">
			<?php
			$ledger_found = (int) $GLOBALS['wp_query']->found_posts;
			printf(
				/* translators: %s: antal träffar. */
				esc_html( _n( '%s träff', '%s träffar', $ledger_found, 'ledger' ) ),
				esc_html( number_format_i18n( $ledger_found ) )
			);
			?>
		</p>
		<?php get_search_form( array( 'aria_label' => __( 'Ny sökning', 'ledger' ) ) ); ?>
	</div>
</section>

<div class="lg-container lg-listing">
	<div class="lg-listing__main">
		<?php if ( have_posts() ) : ?>
			<ul class="lg-card-grid">
				<?php
				while ( have_posts() ) :
					the_post();
					?>
					<li class="lg-card-grid__item">
						<?php get_template_part( 'template-parts/content/card' ); ?>
					</li>
				<?php endwhile; ?>
			</ul>
			<?php ledger_pagination(); ?>
		<?php else : ?>
			<?php get_template_part( 'template-parts/content/none' ); ?>
		<?php endif; ?>
	</div>
</div>

<?php
get_footer();
