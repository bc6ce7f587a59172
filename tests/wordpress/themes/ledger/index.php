<?php
/**
 * Listningar: VD-bloggens startsida, kategori-, etikett-, författar- och datumarkiv.
 * Inläggen visas som ett rutnät av kort med numrerad paginering.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

get_header();

$ledger_header = ledger_listing_header();
?>

<section class="lg-listing-hero" aria-labelledby="lg-listing-title">
	<div class="lg-container">
		<p class="lg-listing-hero__kicker"><?php echo esc_html( $ledger_header['kicker'] ); ?></p>
		<h1 class="lg-listing-hero__title" id="lg-listing-title"><?php echo esc_html( $ledger_header['title'] ); ?></h1>
		<?php if ( $ledger_header['intro'] ) : ?>
			<p class="lg-listing-hero__intro"><?php echo esc_html( $ledger_header['intro'] ); ?></p>
		<?php endif; ?>
	</div>
</section>

<div class="lg-container lg-listing<?php echo is_active_sidebar( 'blog-sidebar' ) ? ' lg-listing--with-aside' : ''; ?>">
	<div class="lg-listing__main">
		<?php if ( have_posts() ) : ?>
			<?php if ( is_paged() ) : ?>
				<p class="lg-listing__status">
					<?php
					printf(
						/* translators: 1: aktuell sida, 2: antal sidor. */
						esc_html__( 'Sida %1$s av %2$s', 'ledger' ),
						esc_html( number_format_i18n( max( 1, (int) get_query_var( 'paged' ) ) ) ),
						esc_html( number_format_i18n( (int) $GLOBALS['wp_query']->max_num_pages ) )
					);
					?>
				</p>
			<?php endif; ?>

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

	<?php if ( is_active_sidebar( 'blog-sidebar' ) ) : ?>
		<aside class="lg-listing__aside" aria-label="<?php esc_attr_e( 'Mer från VD-bloggen', 'ledger' ); ?>">
			<?php dynamic_sidebar( 'blog-sidebar' ); ?>
		</aside>
	<?php endif; ?>
</div>

<?php
get_footer();
