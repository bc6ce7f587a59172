<?php get_header(); ?>

	<div id="content">

		<div class="post error404-post">
			<h2 class="title"><?php _e( 'Fel 404 &ndash; sidan hittades inte', 'almanacka' ); ?></h2>
			<div class="entry">
				<p><?php _e( 'Sidan du letar efter finns inte, eller så har den flyttats. Prova att söka:', 'almanacka' ); ?></p>
				<?php get_search_form(); ?>
			</div>
		</div>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
