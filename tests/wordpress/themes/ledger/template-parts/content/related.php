<?php
/**
 * "Fler inlägg från VD-bloggen" – de senaste inläggen utom det aktuella.
 *
 * @package Ledger
 */

defined( 'ABSPATH' ) || exit;

$ledger_related = new WP_Query(
	array(
		'post_type'           => 'post',
		'post_status'         => 'publish',
		'posts_per_page'      => 3,
		'post__not_in'        => array( get_the_ID() ),
		'ignore_sticky_posts' => true,
		'no_found_rows'       => true,
	)
);

if ( ! $ledger_related->have_posts() ) {
	return;
}
?>
<section class="lg-related" aria-labelledby="lg-related-title">
	<div class="lg-container">
		<header class="lg-related__header">
			<h2 class="lg-related__title" id="lg-related-title"><?php esc_html_e( 'Fler inlägg från VD-bloggen', 'ledger' ); ?></h2>
			<a class="lg-related__all" href="<?php echo esc_url( ledger_blog_url() ); ?>">
				<?php esc_html_e( 'Alla inlägg', 'ledger' ); ?>
				<?php echo ledger_icon( 'arrow-right' ); // phpcs:ignore WordPress.Security.EscapeOutput ?>
			</a>
		</header>
		<ul class="lg-card-grid lg-card-grid--three">
			<?php
			while ( $ledger_related->have_posts() ) :
				$ledger_related->the_post();
				?>
				<li class="lg-card-grid__item">
					<?php get_template_part( 'template-parts/content/card', null, array( 'heading' => 'h3' ) ); ?>
				</li>
				<?php
			endwhile;
			wp_reset_postdata();
			?>
		</ul>
	</div>
</section>
