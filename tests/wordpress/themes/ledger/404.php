<?php
/**
 * Sidan hittades inte.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>

<section class="lg-listing-hero" aria-labelledby="lg-listing-title">
	<div class="lg-container">
		<p class="lg-listing-hero__kicker"><?php esc_html_e( 'Felkod 404', 'ledger' ); ?></p>
		<h1 class="lg-listing-hero__title" id="lg-listing-title"><?php esc_html_e( 'Sidan kunde inte hittas', 'ledger' ); ?></h1>
		<p class="lg-listing-hero__intro"><?php esc_html_e( 'Sidan kan ha flyttats eller tagits bort. Sök nedan eller gå vidare via någon av genvägarna.', 'ledger' ); ?></p>
	</div>
</section>

<div class="lg-container lg-container--article lg-notfound">
	<?php get_search_form(); ?>
	<ul class="lg-notfound__links">
		<li><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( 'Till startsidan', 'ledger' ); ?></a></li>
		<li><a href="<?php echo esc_url( home_url( '/hyresgast/felanmalan/' ) ); ?>"><?php esc_html_e( 'Gör en felanmälan', 'ledger' ); ?></a></li>
		<li><a href="<?php echo esc_url( home_url( '/bostadssok/lediga-lagenheter/' ) ); ?>"><?php esc_html_e( 'Lediga lägenheter', 'ledger' ); ?></a></li>
		<li><a href="<?php echo esc_url( ledger_blog_url() ); ?>"><?php esc_html_e( 'VD-bloggen', 'ledger' ); ?></a></li>
	</ul>
</div>

<?php
get_footer();
