<?php get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : ?>

		<?php get_template_part( 'loop' ); ?>

	<?php else : ?>

		<h2 class="center"><?php _e( 'Hittades inte', 'almanacka' ); ?></h2>
		<p class="center"><?php _e( 'Tyvärr, det du letar efter finns inte här.', 'almanacka' ); ?></p>
		<?php get_search_form(); ?>

	<?php endif; ?>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
