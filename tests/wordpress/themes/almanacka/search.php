<?php get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : ?>

		<h2 class="pagetitle"><?php printf( __( 'Sökresultat för &#8221;%s&#8221;', 'almanacka' ), esc_html( get_search_query() ) ); ?></h2>

		<?php get_template_part( 'loop' ); ?>

	<?php else : ?>

		<h2 class="pagetitle"><?php printf( __( 'Sökresultat för &#8221;%s&#8221;', 'almanacka' ), esc_html( get_search_query() ) ); ?></h2>
		<p class="center"><?php _e( 'Inga inlägg hittades. Försök med en annan sökning?', 'almanacka' ); ?></p>
		<?php get_search_form(); ?>

	<?php endif; ?>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
