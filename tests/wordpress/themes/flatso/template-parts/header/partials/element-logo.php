<!-- Header logo -->
<a href="<?php echo esc_url( home_url( '/' ) ); ?>" title="<?php echo esc_attr( get_bloginfo( 'name', 'display' ) ); ?><?php echo get_bloginfo( 'name' ) && get_bloginfo( 'description' ) ? ' - ' : ''; ?><?php bloginfo( 'description' ); ?>" rel="home">
    <?php bloginfo( 'name' ); ?>
</a>
<?php if ( get_bloginfo( 'description' ) ) : ?>
<p class="logo-tagline"><?php bloginfo( 'description' ); ?></p>
<?php endif; ?>
