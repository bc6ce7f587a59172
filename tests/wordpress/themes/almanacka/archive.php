<?php get_header(); ?>

	<div id="content">

	<?php if ( have_posts() ) : ?>

		<?php if ( is_category() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Arkiv för kategorin &#8221;%s&#8221;', 'almanacka' ), single_cat_title( '', false ) ); ?></h2>
		<?php elseif ( is_tag() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Inlägg taggade med &#8221;%s&#8221;', 'almanacka' ), single_tag_title( '', false ) ); ?></h2>
		<?php elseif ( is_day() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Arkiv för %s', 'almanacka' ), get_the_time( 'j F Y' ) ); ?></h2>
		<?php elseif ( is_month() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Arkiv för %s', 'almanacka' ), get_the_time( 'F Y' ) ); ?></h2>
		<?php elseif ( is_year() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Arkiv för %s', 'almanacka' ), get_the_time( 'Y' ) ); ?></h2>
		<?php elseif ( is_author() ) : ?>
		<h2 class="pagetitle"><?php printf( __( 'Inlägg av %s', 'almanacka' ), get_the_author_meta( 'display_name', get_query_var( 'author' ) ) ); ?></h2>
		<?php elseif ( is_paged() ) : ?>
		<h2 class="pagetitle"><?php _e( 'Bloggarkiv', 'almanacka' ); ?></h2>
		<?php else : ?>
		<h2 class="pagetitle"><?php _e( 'Arkiv', 'almanacka' ); ?></h2>
		<?php endif; ?>

		<?php get_template_part( 'loop' ); ?>

	<?php else : ?>

		<h2 class="center"><?php _e( 'Hittades inte', 'almanacka' ); ?></h2>
		<p class="center"><?php _e( 'Det finns inga inlägg här ännu.', 'almanacka' ); ?></p>
		<?php get_search_form(); ?>

	<?php endif; ?>

	</div><!-- /content -->

<?php get_sidebar(); ?>
<?php get_footer(); ?>
