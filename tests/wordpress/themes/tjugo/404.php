<?php
/**
 * The template for displaying the 404 template.
 *
 * @package WordPress
 * @subpackage Tjugo
 */

get_header();
?>

<main id="site-content" role="main">

	<div class="section-inner thin error404-content">

		<h1 class="entry-title">Sidan hittades inte</h1>

		<div class="intro-text"><p>Sidan du letade efter kunde inte hittas. Den kan ha tagits bort, fått ett nytt namn eller aldrig funnits.</p></div>

		<?php
		get_search_form(
			array(
				'aria_label' => '404 hittades inte',
			)
		);
		?>

	</div><!-- .section-inner -->

</main><!-- #site-content -->

<?php get_template_part( 'template-parts/footer-menus-widgets' ); ?>

<?php
get_footer();
