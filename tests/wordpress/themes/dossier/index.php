<?php
/**
 * Huvudmall – används för startsidans artikellista och som reserv.
 *
 * @package Dossier
 */

get_header();
?>

<div class="wrap listing-layout">
	<main id="primary" class="site-main site-main--listing">

		<?php if ( is_home() && ! is_front_page() ) : ?>
			<header class="page-header">
				<h1 class="page-title"><?php single_post_title(); ?></h1>
			</header>
		<?php endif; ?>

		<?php
		if ( have_posts() ) :
			$dossier_index = 0;
			while ( have_posts() ) :
				the_post();
				// Första artikeln på förstasidan blir en större "ledare".
				$dossier_lead = ( 0 === $dossier_index && is_home() && ! is_paged() );
				get_template_part( 'template-parts/content', get_post_type(), array( 'lead' => $dossier_lead ) );
				$dossier_index++;
			endwhile;

			dossier_pagination();
		else :
			get_template_part( 'template-parts/content', 'none' );
		endif;
		?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
